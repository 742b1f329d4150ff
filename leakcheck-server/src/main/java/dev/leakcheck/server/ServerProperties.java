package dev.leakcheck.server;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** The {@code leakcheck.server.*} settings. */
@ConfigurationProperties("leakcheck.server")
public class ServerProperties {

    /**
     * The token that publishing and restoring rules require ({@code Authorization: Bearer TOKEN}); empty:
     * publishing is disabled. Give it by the environment (LEAKCHECK_SERVER_PUBLISH_TOKEN), not on a command line.
     */
    private String publishToken = "";

    public String getPublishToken() {
        return publishToken;
    }

    public void setPublishToken(String publishToken) {
        this.publishToken = publishToken == null ? "" : publishToken;
    }
}
