// with failOn=warning a warning fails the build
def log = new File(basedir, 'build.log').text
assert log.contains('[WARNING] src/main/liaison/warn.yaml:3:5: warning [source.missing] /delegations/0:')
assert log.contains('liaison: 1 warning (failOn=warning, 2 files, 5 records: 0 errors, 1 warning, 0 info):')
assert log.contains('BUILD FAILURE')
