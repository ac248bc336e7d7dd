// three exports: a built-in stream format, a built-in format of several files, and the
// example plugin's format with another file name
def dir = new File(basedir, 'target/liaison/export')
assert new File(dir, 'dataset.md').text.startsWith('# Cooperation records')
assert new File(dir, 'csv/institutions.csv').text.contains('Shanghai Zhongqiao Vocational and Technical University')
assert new File(dir, 'summary.txt').text.startsWith('2 institutions, 0 people, 1 delegations')
def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] liaison: exported 4 records of 1 files as markdown to target/liaison/export/dataset.md')
assert log.contains('BUILD SUCCESS')
