package dev.godwit.spring;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/** godwit.* properties, in the spirit of spring.flyway.*. */
@ConfigurationProperties(prefix = "godwit")
public class GodwitProperties {

    /** Whether to migrate the DataSource on start-up. */
    private boolean enabled = true;

    /** Where the migrations are: classpath:db/godwit (read in place, from a directory or a jar), filesystem: or file: a folder on disk. */
    private String locations = "classpath:db/godwit";

    /** How long one statement may wait for a table lock before the migration is retried. */
    private Duration lockTimeout = Duration.ofMillis(400);

    /** How long an instance waits for another one's migration lock. */
    private Duration lockWait = Duration.ofMinutes(10);

    /** The database schemas godwit manages, the first holding its history (as schemas=); empty for the database's default. */
    private java.util.List<String> schemas = new java.util.ArrayList<>();

    /** Apply pending migrations older than the newest applied one (one merged late from a branch), as Flyway's out-of-order. */
    private boolean outOfOrder;

    /** Apply pending migrations even when the linter finds errors in them (a reviewed exception). */
    private boolean skipLint;

    /** The language of godwit's start-up messages, en or fr; empty for the system locale (LANG, LC_ALL, LC_MESSAGES). */
    private String lang;

    public String getLang() {
        return lang;
    }

    public void setLang(String lang) {
        this.lang = lang;
    }

    /** The language {@link #getLang()} names, else the system locale's. */
    dev.godwit.core.message.Language language() {
        return dev.godwit.core.message.Language.parse(lang).orElseGet(() -> dev.godwit.core.message.Language.ofEnvironment(System.getenv()));
    }

    /** Schema-per-tenant: every schema of the DataSource's database whose name is LIKE a pattern, migrated on start-up. */
    private final Tenants tenants = new Tenants();

    /** Schema-per-tenant: the tenant schemas migrated on start-up, after the shared one. */
    public Tenants getTenants() {
        return tenants;
    }

    /** The tenant schemas of a schema-per-tenant app (Hibernate's style), each with its own history. */
    public static class Tenants {

        /** The tenants' schemas: those LIKE this pattern (tenant_%); unset, no tenant is migrated. */
        private String schemasLike;

        /** The tenants' migrations: classpath:db/godwit-tenants by default (the shared schema's stay in godwit.locations). */
        private String locations = "classpath:db/godwit-tenants";

        /** Tenants migrated at once (and so connections taken from the pool at most). */
        private int parallel = 4;

        public String getSchemasLike() {
            return schemasLike;
        }

        public void setSchemasLike(String schemasLike) {
            this.schemasLike = schemasLike;
        }

        public String getLocations() {
            return locations;
        }

        public void setLocations(String locations) {
            this.locations = locations;
        }

        public int getParallel() {
            return parallel;
        }

        public void setParallel(int parallel) {
            this.parallel = parallel;
        }
    }

    public boolean isOutOfOrder() {
        return outOfOrder;
    }

    public void setOutOfOrder(boolean outOfOrder) {
        this.outOfOrder = outOfOrder;
    }

    public boolean isSkipLint() {
        return skipLint;
    }

    public void setSkipLint(boolean skipLint) {
        this.skipLint = skipLint;
    }

    /** The values of the ${name} in migrations (godwit.placeholders.name=value). */
    private java.util.Map<String, String> placeholders = new java.util.HashMap<>();

    public java.util.Map<String, String> getPlaceholders() {
        return placeholders;
    }

    public void setPlaceholders(java.util.Map<String, String> placeholders) {
        this.placeholders = placeholders;
    }

    public java.util.List<String> getSchemas() {
        return schemas;
    }

    public void setSchemas(java.util.List<String> schemas) {
        this.schemas = schemas;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public String getLocations() {
        return locations;
    }

    public void setLocations(String locations) {
        this.locations = locations;
    }

    public Duration getLockTimeout() {
        return lockTimeout;
    }

    public void setLockTimeout(Duration lockTimeout) {
        this.lockTimeout = lockTimeout;
    }

    public Duration getLockWait() {
        return lockWait;
    }

    public void setLockWait(Duration lockWait) {
        this.lockWait = lockWait;
    }
}
