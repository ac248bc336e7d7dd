// the example plugin, a dependency of the project itself, runs with useProjectClasspath
def log = new File(basedir, 'build.log').text
assert log.contains('[ERROR] data/ok.yaml:11:14: error [example.sources/too-few]')
assert log.contains('BUILD FAILURE')
