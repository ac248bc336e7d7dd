// a file with an unknown reference fails the build, placed at file:line:column
def log = new File(basedir, 'build.log').text
assert log.contains('[ERROR] src/main/liaison/bad.yaml:7:27: error [ref.unknown] /delegations/0/host/institutions/0: no institution has the id `nowhere`')
assert log.contains('liaison: 1 error (failOn=error, 2 files, 5 records: 1 error, 0 warnings, 0 info):')
assert log.contains('BUILD FAILURE')
def reports = new File(basedir, 'target/liaison')
assert new File(reports, 'liaison.txt').text.startsWith('src/main/liaison/bad.yaml:7:27: error [ref.unknown]')
assert new File(reports, 'liaison-junit.xml').text.contains('<testcase classname="liaison.validate" name="src/main/liaison/bad.yaml">')
def sarif = new groovy.json.JsonSlurper().parse(new File(reports, 'liaison.sarif'))
def result = sarif.runs[0].results[0]
assert result.ruleId == 'ref.unknown'
assert result.locations[0].physicalLocation.region.startLine == 7
assert result.locations[0].physicalLocation.region.startColumn == 27
// a failing run leaves no index: the next run validates again
assert !new File(reports, 'validate.index').exists()
