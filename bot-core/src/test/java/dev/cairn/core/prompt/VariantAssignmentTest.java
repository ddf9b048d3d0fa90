package dev.cairn.core.prompt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class VariantAssignmentTest {
    private static final PromptParts NONE = new PromptParts("", "", "");
    private final List<PromptVariant> seventyThirty = List.of(new PromptVariant("a", 70, NONE),
            new PromptVariant("b", 30, NONE));

    @Test
    void aUserKeepsTheirVariantOnEveryQuestion() {
        for (int user = 0; user < 200; user++) {
            String first = VariantAssignment.pick("tone", "slack:U" + user, seventyThirty).name();
            for (int again = 0; again < 5; again++) {
                assertThat(VariantAssignment.pick("tone", "slack:U" + user, seventyThirty).name()).isEqualTo(first);
            }
        }
    }

    @Test
    void usersSplitByWeightWithinTolerance() {
        Map<String, Integer> counts = new HashMap<>();
        int users = 20_000;
        for (int user = 0; user < users; user++) {
            counts.merge(VariantAssignment.pick("tone", "discord:" + user, seventyThirty).name(), 1, Integer::sum);
        }
        // binomial standard deviation at n=20,000, p=0.3 is 0.32 percentage points; allow about 4 of them
        assertThat(counts.get("b") / (double) users).isBetween(0.287, 0.313);
        assertThat(counts.get("a") + counts.get("b")).isEqualTo(users);
    }

    @Test
    void eachExperimentSplitsUsersIndependently() {
        List<PromptVariant> halves = List.of(new PromptVariant("a", 1, NONE), new PromptVariant("b", 1, NONE));
        int same = 0;
        int users = 10_000;
        for (int user = 0; user < users; user++) {
            String key = "web:" + user;
            if (VariantAssignment.pick("one", key, halves).name().equals(VariantAssignment.pick("two", key, halves)
                    .name())) {
                same++;
            }
        }
        assertThat(same / (double) users).isBetween(0.47, 0.53);
    }

    @Test
    void aVariantWithWeightZeroGetsNobody() {
        List<PromptVariant> variants = List.of(new PromptVariant("off", 0, NONE), new PromptVariant("on", 2, NONE));
        for (int user = 0; user < 2_000; user++) {
            assertThat(VariantAssignment.pick("x", "u" + user, variants).name()).isEqualTo("on");
        }
    }

    @Test
    void refusesAnExperimentWithoutWeight() {
        assertThatThrownBy(() -> new PromptTemplate("t", NONE, List.of(new PromptVariant("a", 0, NONE))))
                .hasMessageContaining("weight above 0");
        assertThatThrownBy(() -> new PromptVariant("a", -1, NONE)).hasMessageContaining("weight of variant a");
    }
}
