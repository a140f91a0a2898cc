import dev.godwit.postgres.EmbeddedPostgresSupport

String jdbc = EmbeddedPostgresSupport.newDatabase()
String paas = jdbc.replace("jdbc:postgresql://", "postgres://" + EmbeddedPostgresSupport.APP_USER + ":" + EmbeddedPostgresSupport.APP_PASSWORD + "@")

def run = { String databaseUrl, String extra ->
    def builder = new ProcessBuilder(System.getProperty("java.home") + "/bin/java", "-jar", new File(basedir, "target/shop.jar").path, extra)
    builder.environment().put("DATABASE_URL", databaseUrl)
    builder.redirectErrorStream(true)
    def process = builder.start()
    String output = process.inputStream.getText("UTF-8")
    [process.waitFor(), output]
}

def (code, first) = run(paas, "--spring.main.banner-mode=log")
assert code == 0 : "the app did not start:\n" + first
assert first.contains("godwit: classpath:db/godwit migrated; the database is at version 1") : "the app did not migrate on start-up:\n" + first
def connection = EmbeddedPostgresSupport.connect(jdbc)
def rs = connection.createStatement().executeQuery("SELECT count(*) FROM godwit_history")
rs.next()
assert rs.getInt(1) == 1
connection.close()

def (failed, wrong) = run(paas, "--godwit.locations=classpath:db/migration")
new File(basedir, "wrong-location.log").text = wrong
assert failed != 0 : "a wrong location did not fail the start:\n" + wrong
assert wrong.contains("godwit[GW-E109]: godwit.locations=classpath:db/migration does not exist") : "not in godwit's words:\n" + wrong
// The failure's report: from Spring's first warning on, without its INFO lines (the pool closing).
def all = wrong.readLines()
def report = all.drop(all.findIndexOf { it.contains(" WARN ") }).findAll { !it.isBlank() && !it.contains(" INFO ") }
assert report.size() < 15 : "a wrong location's report takes " + report.size() + " lines:\n" + wrong
assert !wrong.contains("\tat ") : "a stack trace:\n" + wrong
return true
