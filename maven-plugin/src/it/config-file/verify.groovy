// <configFile> is used instead of the liaison.yaml beside the project, which would make the
// missing source an error: with the configured one it is off, and failOn=warning passes
def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] liaison: 2 files, 5 records: 0 errors, 0 warnings, 0 info')
assert !log.contains('source.missing')
assert log.contains('BUILD SUCCESS')
