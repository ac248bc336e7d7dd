// two modules validated in a parallel build (-T 2), each its own data, both with the root
// liaison.yaml, which turns off the warning module b would have
def log = new File(basedir, 'build.log').text
assert log.contains('Using the MultiThreadedBuilder implementation with a thread count of 2')
assert log.contains('[INFO] liaison: no src/main/liaison folder, nothing to validate')
assert log.contains('[INFO] liaison: 1 file, 4 records: 0 errors, 0 warnings, 0 info in a/src/main/liaison')
assert log.contains('[INFO] liaison: 2 files, 5 records: 0 errors, 0 warnings, 0 info in b/src/main/liaison')
assert new File(basedir, 'a/target/liaison/liaison.sarif').isFile()
assert new File(basedir, 'b/target/liaison/liaison.sarif').isFile()
assert log.contains('BUILD SUCCESS')
