// the example plugin, a <dependency> of the Maven plugin, runs with the options of the
// project's liaison.yaml (found above the data folder)
def log = new File(basedir, 'build.log').text
assert log.contains('[ERROR] src/main/liaison/ok.yaml:11:14: error [example.sources/too-few] /delegations/0/sources: delegation `chamber-visit` cites 1 source(s), fewer than the 2 this project asks for')
assert log.contains('BUILD FAILURE')
