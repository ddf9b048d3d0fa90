package dev.cairn.web;

/** The JSON body of every refused request: {@code {"error": {"code", "message"}}}. */
public record ApiError(Detail error) {

    public static ApiError of(String code, String message) {
        return new ApiError(new Detail(code, message));
    }

    /** What went wrong: a stable code and one sentence for a person. */
    public record Detail(String code, String message) {
    }
}
