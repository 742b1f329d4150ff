package dev.leakcheck.spring.api;

import dev.leakcheck.json.InputException;
import dev.leakcheck.model.Language;
import dev.leakcheck.model.Text;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Every refusal of the API as JSON, the reason in Japanese and English, never a stack trace. The logs
 * carry the code, the field path and an error id; never the input's text (an incident's free text is
 * personal data).
 */
@RestControllerAdvice(annotations = LeakcheckApi.class)
public class ApiErrors {

    private static final Logger LOG = LoggerFactory.getLogger(ApiErrors.class);

    /**
     * A wrong incident: 400, naming the field as the CLI does.
     *
     * @param e the mistake
     * @return {@code {"error": "INPUT", "field", "line", "column", "message": {"ja", "en"}}}
     */
    @ExceptionHandler(InputException.class)
    public ResponseEntity<Map<String, Object>> input(InputException e) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", "INPUT");
        body.put("field", e.field().orElse(null));
        body.put("line", e.line().isPresent() ? e.line().getAsInt() : null);
        body.put("column", e.column().isPresent() ? e.column().getAsInt() : null);
        body.put("message", Text.of(e.describe(Language.JA), e.describe(Language.EN)));
        LOG.info("input refused: field {}", e.field().orElse("-"));
        return ResponseEntity.badRequest().body(body);
    }

    /**
     * A refusal of the API's own.
     *
     * @param e the refusal
     * @return its status and reason
     */
    @ExceptionHandler(ApiException.class)
    public ResponseEntity<Map<String, Object>> api(ApiException e) {
        LOG.info("request refused: {} {}", e.status().value(), e.code());
        return body(e.status(), e.code(), e.text());
    }

    /**
     * An upload over the size limit: 413.
     *
     * @param e the refusal
     * @return the reason
     */
    @ExceptionHandler(MaxUploadSizeExceededException.class)
    public ResponseEntity<Map<String, Object>> tooLarge(MaxUploadSizeExceededException e) {
        return api(BodyLimitFilter.tooLarge());
    }

    /**
     * A body that is not what the endpoint reads.
     *
     * @param e the refusal
     * @return 400 or 415
     */
    @ExceptionHandler({HttpMessageNotReadableException.class, MissingServletRequestPartException.class,
            MissingServletRequestParameterException.class, HttpMediaTypeNotSupportedException.class})
    public ResponseEntity<Map<String, Object>> unreadable(Exception e) {
        if (e instanceof HttpMediaTypeNotSupportedException) {
            return api(new ApiException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "MEDIA_TYPE",
                    Text.of("この形式の本文は受け付けません", "this content type is not accepted here")));
        }
        return api(new ApiException(HttpStatus.BAD_REQUEST, "REQUEST",
                Text.of("要求の本文またはパラメーターが足りないか、読めません", "the request body or a parameter is missing or unreadable")));
    }

    /**
     * No such address.
     *
     * @param e the refusal
     * @return 404
     */
    @ExceptionHandler(NoResourceFoundException.class)
    public ResponseEntity<Map<String, Object>> notFound(NoResourceFoundException e) {
        return api(new ApiException(HttpStatus.NOT_FOUND, "NOT_FOUND", Text.of("見つかりません", "not found")));
    }

    /**
     * Anything else: 500 with an error id that the log line carries too; the stack trace only in the log.
     *
     * @param e the failure
     * @return 500
     */
    @ExceptionHandler(Exception.class)
    public ResponseEntity<Map<String, Object>> failure(Exception e) {
        String id = UUID.randomUUID().toString();
        // The class and where only: an exception's message may quote the input.
        StackTraceElement[] stack = e.getStackTrace();
        LOG.error("request failed, error id {}: {} at {}", id, e.getClass().getName(),
                stack.length > 0 ? stack[0] : "?");
        return body(HttpStatus.INTERNAL_SERVER_ERROR, "INTERNAL",
                Text.of("サーバーの内部エラーです（エラー番号 " + id + "）", "internal server error (error id " + id + ")"));
    }

    static ResponseEntity<Map<String, Object>> body(HttpStatus status, String code, Text text) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", code);
        body.put("message", text);
        return ResponseEntity.status(status).body(body);
    }
}
