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
    private final Organisation organisation = new Organisation();

    /** @return the organisation's profile, set once for every plan */
    public Organisation getOrganisation() {
        return organisation;
    }

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

    /**
     * The organisation's profile ({@code leakcheck.organisation.*}), set once so that no incident needs to
     * answer it: which APPI regime and sector reports apply, where the APPI report goes. What an incident
     * itself says wins. Each part left unset stays unknown (and is asked).
     */
    public static class Organisation {

        /** The kind of organisation (BUSINESS, LOCAL_GOVERNMENT, ...). */
        private dev.leakcheck.model.OrganisationKind kind;

        /** Its regulated sectors (FINANCE, TELECOM, MEDICAL); an empty value means none. */
        private java.util.Set<dev.leakcheck.model.Sector> sectors;

        /** The authority the PPC delegated the APPI report to, such as 金融庁. */
        private String reportRecipient;

        /** Whether it has an establishment in the EU/EEA (GDPR's lead supervisory authority). */
        private Boolean euEstablishment;

        public dev.leakcheck.model.OrganisationKind getKind() {
            return kind;
        }

        public void setKind(dev.leakcheck.model.OrganisationKind kind) {
            this.kind = kind;
        }

        public java.util.Set<dev.leakcheck.model.Sector> getSectors() {
            return sectors;
        }

        public void setSectors(java.util.Set<dev.leakcheck.model.Sector> sectors) {
            this.sectors = sectors;
        }

        public String getReportRecipient() {
            return reportRecipient;
        }

        public void setReportRecipient(String reportRecipient) {
            this.reportRecipient = reportRecipient;
        }

        public Boolean getEuEstablishment() {
            return euEstablishment;
        }

        public void setEuEstablishment(Boolean euEstablishment) {
            this.euEstablishment = euEstablishment;
        }

        /** @return the profile of the model, unknown in every part left unset */
        public dev.leakcheck.model.Organisation profile() {
            dev.leakcheck.model.Organisation profile = dev.leakcheck.model.Organisation.UNKNOWN;
            if (kind != null) {
                profile = profile.withKind(kind);
            }
            if (sectors != null) {
                profile = profile.withSectors(sectors);
            }
            if (reportRecipient != null && !reportRecipient.isBlank()) {
                profile = profile.withReportRecipient(reportRecipient.strip());
            }
            if (euEstablishment != null) {
                profile = profile.withEuEstablishment(euEstablishment ? dev.leakcheck.model.Answer.YES
                        : dev.leakcheck.model.Answer.NO);
            }
            return profile;
        }
    }
}
