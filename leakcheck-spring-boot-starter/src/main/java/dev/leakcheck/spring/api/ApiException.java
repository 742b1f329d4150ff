package dev.leakcheck.spring.api;

import dev.leakcheck.model.Text;
import org.springframework.http.HttpStatus;

/**
 * A request the API refuses, with the status and the reason in Japanese and English; answered as
 * {@code {"error": code, "message": {"ja", "en"}}} by {@link ApiErrors}.
 */
public class ApiException extends RuntimeException {

    private final HttpStatus status;
    private final String code;
    private final Text text;

    /**
     * A refusal.
     *
     * @param status the HTTP status
     * @param code   a stable code for programs, such as {@code PUBLISHING_DISABLED}
     * @param text   the reason for people
     */
    public ApiException(HttpStatus status, String code, Text text) {
        super(code);
        this.status = status;
        this.code = code;
        this.text = text;
    }

    /** @return the HTTP status */
    public HttpStatus status() {
        return status;
    }

    /** @return the stable code */
    public String code() {
        return code;
    }

    /** @return the reason, in both languages */
    public Text text() {
        return text;
    }
}
