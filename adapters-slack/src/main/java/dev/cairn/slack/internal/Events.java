package dev.cairn.slack.internal;

import com.slack.api.app_backend.events.payload.EventsApiPayload;
import com.slack.api.bolt.context.Context;

/** Small rules shared by the event listeners. */
public final class Events {
    private Events() {
    }

    /**
     * The workspace an event happened in: the payload's {@code team_id}, not the token's own team, so that one
     * installation serving several workspaces keeps their knowledge apart.
     */
    public static String team(EventsApiPayload<?> payload, String eventTeam, Context ctx) {
        if (payload.getTeamId() != null && !payload.getTeamId().isBlank()) {
            return payload.getTeamId();
        }
        if (eventTeam != null && !eventTeam.isBlank()) {
            return eventTeam;
        }
        return ctx.getTeamId();
    }
}
