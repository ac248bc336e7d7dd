// the pom.xml of docs/maven-plugin.md, built twice: the first run validates, the second reads
// nothing and says so in one line
def log = new File(basedir, 'build.log').text
def validated = '[INFO] liaison: 2 files, 4 records: 0 errors, 0 warnings, 0 info in src/main/liaison'
def upToDate = '[INFO] liaison: up to date, nothing read: the 2 data files, the configuration and the plugins are those of the last run (2 files, 4 records: 0 errors, 0 warnings, 0 info)'
assert log.count(validated) == 1
assert log.count(upToDate) == 1
assert log.indexOf(validated) < log.indexOf(upToDate)
assert log.count('BUILD SUCCESS') == 2
def reports = new File(basedir, 'target/liaison')
for (name in ['liaison.txt', 'liaison-junit.xml', 'liaison.sarif', 'validate.index']) {
  assert new File(reports, name).isFile()
}
