package dev.leakcheck.server;

import dev.leakcheck.model.Text;
import dev.leakcheck.spring.api.ApiException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/** The check of the publishing token: disabled without a configured token; compared in constant time. */
@Component
public class PublishToken {

    private final byte[] token;

    PublishToken(ServerProperties properties) {
        this.token = properties.getPublishToken().strip().getBytes(StandardCharsets.UTF_8);
    }

    /** @return whether publishing is enabled (a token is configured) */
    public boolean enabled() {
        return token.length > 0;
    }

    /**
     * Lets the request through only with the configured token.
     *
     * @param authorization the request's {@code Authorization} header, or {@code null}
     * @throws ApiException 403 when publishing is disabled, 401 when the token is missing or wrong
     */
    public void require(String authorization) {
        if (!enabled()) {
            throw new ApiException(HttpStatus.FORBIDDEN, "PUBLISHING_DISABLED", Text.of(
                    "ルールの公開は無効です（leakcheck.server.publish-token が設定されていません）",
                    "publishing rules is disabled (leakcheck.server.publish-token is not set)"));
        }
        String prefix = "Bearer ";
        byte[] given = authorization != null && authorization.startsWith(prefix)
                ? authorization.substring(prefix.length()).strip().getBytes(StandardCharsets.UTF_8) : new byte[0];
        if (!MessageDigest.isEqual(token, given)) {
            throw new ApiException(HttpStatus.UNAUTHORIZED, "TOKEN", Text.of(
                    "公開用のトークンがないか、違います（Authorization: Bearer …）",
                    "the publishing token is missing or wrong (Authorization: Bearer …)"));
        }
    }
}
