package dev.leakcheck.spring;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/** The {@code leakcheck.*} settings of an application that embeds the engine. */
@ConfigurationProperties("leakcheck")
public class LeakcheckProperties {

    private final Rules rules = new Rules();
    private final Api api = new Api();

    /** @return where the rules come from */
    public Rules getRules() {
        return rules;
    }

    /** @return the REST API */
    public Api getApi() {
        return api;
    }

    /** Where the rules come from. */
    public static class Rules {

        /**
         * A folder of edited workbooks that replace the bundled ones file by file; watched, and reloaded when
         * a workbook changes (a broken edit leaves the previous rules serving). Unset: the bundled rules.
         */
        private Path directory;

        /**
         * Whether the program rows of the edited decision tables may differ from the bundled ones (Drools
         * compiles them as Java): only for changes a developer has reviewed.
         */
        private boolean trustCode;

        /** How often the rules directory is checked for changed workbooks. */
        private Duration reloadInterval = Duration.ofSeconds(5);

        public Path getDirectory() {
            return directory;
        }

        public void setDirectory(Path directory) {
            this.directory = directory;
        }

        public boolean isTrustCode() {
            return trustCode;
        }

        public void setTrustCode(boolean trustCode) {
            this.trustCode = trustCode;
        }

        public Duration getReloadInterval() {
            return reloadInterval;
        }

        public void setReloadInterval(Duration reloadInterval) {
            this.reloadInterval = reloadInterval;
        }
    }

    /** The REST API under /api: plans, the catalogue, validation of edited workbooks. */
    public static class Api {

        /** Whether the REST API is served (a web application only). */
        private boolean enabled;

        /** The largest JSON body the API reads; a larger one is answered 413. */
        private DataSize maxJsonSize = DataSize.ofMegabytes(1);

        public boolean isEnabled() {
            return enabled;
        }

        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        public DataSize getMaxJsonSize() {
            return maxJsonSize;
        }

        public void setMaxJsonSize(DataSize maxJsonSize) {
            this.maxJsonSize = maxJsonSize;
        }
    }
}
