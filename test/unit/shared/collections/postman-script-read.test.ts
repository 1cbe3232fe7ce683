import { describe, expect, it } from 'vitest';
import { preRequestNote, translateTestScript } from '../../../../shared/collections/postman-script-read';

const checks = (source: string) => translateTestScript(source);

describe('postman-script-read', () => {
  describe("Postman's own snippets", () => {
    it('Status code: Code is 200', () => {
      expect(checks('pm.test("Status code is 200", function () {\n    pm.response.to.have.status(200);\n});')).toEqual({ assertions: [{ type: 'status', equals: 200, label: 'Status code is 200' }], captures: [], notes: [] });
    });
    it('Status code: Code name has string', () => {
      expect(checks('pm.test("Status code name has string", function () {\n    pm.response.to.have.status("Created");\n});').assertions).toEqual([{ type: 'status', equals: 201, label: 'Status code name has string' }]);
    });
    it('Status code: Successful POST request', () => {
      expect(checks('pm.test("Successful POST request", function () {\n    pm.expect(pm.response.code).to.be.oneOf([201, 202]);\n});').assertions).toEqual([{ type: 'status-in', codes: [201, 202], label: 'Successful POST request' }]);
    });
    it('Response body: Contains string', () => {
      expect(checks('pm.test("Body matches string", function () {\n    pm.expect(pm.response.text()).to.include("string_you_want_to_search");\n});').assertions).toEqual([{ type: 'body', op: 'contains', value: 'string_you_want_to_search', label: 'Body matches string' }]);
    });
    it('Response body: JSON value check (through a var jsonData alias)', () => {
      expect(checks('pm.test("Your test name", function () {\n    var jsonData = pm.response.json();\n    pm.expect(jsonData.value).to.eql(100);\n});')).toEqual({ assertions: [{ type: 'json', path: '$.value', op: 'equals', value: 100, label: 'Your test name' }], captures: [], notes: [] });
    });
    it('Response body: Is equal to a string', () => {
      expect(checks('pm.test("Body is correct", function () {\n    pm.response.to.have.body("response_body_string");\n});').assertions).toEqual([{ type: 'body', op: 'equals', value: 'response_body_string', label: 'Body is correct' }]);
    });
    it('Response headers: Content-Type header check', () => {
      expect(checks('pm.test("Content-Type is present", function () {\n    pm.response.to.have.header("Content-Type");\n});').assertions).toEqual([{ type: 'header', name: 'Content-Type', op: 'exists', label: 'Content-Type is present' }]);
    });
    it('Response time is less than 200ms', () => {
      expect(checks('pm.test("Response time is less than 200ms", function () {\n    pm.expect(pm.response.responseTime).to.be.below(200);\n});').assertions).toEqual([{ type: 'response-time', belowMs: 200, label: 'Response time is less than 200ms' }]);
    });
    it('Set an environment variable from the response (a capture)', () => {
      expect(checks('var jsonData = pm.response.json();\npm.environment.set("token", jsonData.token);').captures).toEqual([{ name: 'token', from: 'json', path: '$.token' }]);
    });
  });

  describe('what real collections write', () => {
    it('be.ok, be.success, have.header with a value, have.jsonBody', () => {
      const script = [
        'pm.test("ok", () => pm.response.to.be.ok);',
        'pm.test("2xx", () => { pm.response.to.be.success; });',
        'pm.test("json", function () {',
        '  pm.response.to.have.header("Content-Type", "application/json");',
        '  pm.response.to.have.jsonBody();',
        '  pm.response.to.have.jsonBody("data.items[0].id");',
        '  pm.response.to.have.jsonBody("data.total", 3);',
        '  pm.response.to.not.have.jsonBody("error");',
        '});',
      ].join('\n');
      expect(checks(script).assertions.map(({ label, ...a }) => [label, a])).toEqual([
        ['ok', { type: 'status', equals: 200 }],
        ['2xx', { type: 'status-range', min: 200, max: 299 }],
        ['json', { type: 'header', name: 'Content-Type', op: 'equals', value: 'application/json' }],
        ['json', { type: 'json', path: '$', op: 'exists' }],
        ['json', { type: 'json', path: '$.data.items[0].id', op: 'exists' }],
        ['json', { type: 'json', path: '$.data.total', op: 'equals', value: 3 }],
        ['json', { type: 'json', path: '$.error', op: 'absent' }],
      ]);
    });

    it('pm.expect on pm.response.json() paths with every comparison, through a const alias and a nested alias', () => {
      const script = [
        'const json = pm.response.json();',
        'const user = json.data[0];',
        'pm.test("body", function () {',
        '  pm.expect(json.name).to.eql("lamp");',
        '  pm.expect(pm.response.json().price).to.equal(3);',
        '  pm.expect(json.tags).to.include("new");',
        '  pm.expect(json).to.have.property("id");',
        '  pm.expect(user).to.have.property("role", "admin");',
        '  pm.expect(json.id).to.be.a("number");',
        '  pm.expect(json.tags).to.be.an("array");',
        '  pm.expect(json.price).to.be.above(1);',
        '  pm.expect(json.price).to.be.below(10);',
        '  pm.expect(json.count).to.be.at.least(0);',
        '  pm.expect(json.count).to.be.at.most(100);',
        '  pm.expect(json.tags).to.have.lengthOf(2);',
        '  pm.expect(json.data.length).to.eql(1);',
        '  pm.expect(json["display name"]).to.deep.equal({ first: "A" });',
        '  pm.expect(json.id).to.eql(pm.environment.get("itemId"));',
        '  pm.expect(json.code).to.match(/^[A-Z]+$/);',
        '  pm.expect(json.deleted).to.be.false;',
        '});',
      ].join('\n');
      const { assertions, notes } = checks(script);
      expect(notes).toEqual([]);
      expect(assertions.map(({ label: _label, ...a }) => a)).toEqual([
        { type: 'json', path: '$.name', op: 'equals', value: 'lamp' },
        { type: 'json', path: '$.price', op: 'equals', value: 3 },
        { type: 'json', path: '$.tags', op: 'contains', value: 'new' },
        { type: 'json', path: '$.id', op: 'exists' },
        { type: 'json', path: '$.data[0].role', op: 'equals', value: 'admin' },
        { type: 'json', path: '$.id', op: 'type', value: 'number' },
        { type: 'json', path: '$.tags', op: 'type', value: 'array' },
        { type: 'json', path: '$.price', op: 'above', value: 1 },
        { type: 'json', path: '$.price', op: 'below', value: 10 },
        { type: 'json', path: '$.count', op: 'at-least', value: 0 },
        { type: 'json', path: '$.count', op: 'at-most', value: 100 },
        { type: 'json', path: '$.tags', op: 'length', value: 2 },
        { type: 'json', path: '$.data', op: 'length', value: 1 },
        { type: 'json', path: "$['display name']", op: 'equals', value: { first: 'A' } },
        { type: 'json', path: '$.id', op: 'equals', value: '{{itemId}}' },
        { type: 'json', path: '$.code', op: 'matches', value: '^[A-Z]+$' },
        { type: 'json', path: '$.deleted', op: 'equals', value: false },
      ]);
    });

    it('captures into every variable scope from the body, a header and the status', () => {
      const script = [
        'pm.environment.set("a", pm.response.json().id);',
        'pm.collectionVariables.set("b", pm.response.headers.get("Location"));',
        'pm.variables.set("c", pm.response.code);',
        'pm.globals.set("d", JSON.parse(responseBody).items[0].id);',
        'postman.setEnvironmentVariable("e", pm.response.json().token);',
      ].join('\n');
      expect(checks(script).captures).toEqual([
        { name: 'a', from: 'json', path: '$.id' },
        { name: 'b', from: 'header', path: 'Location' },
        { name: 'c', from: 'status' },
        { name: 'd', from: 'json', path: '$.items[0].id' },
        { name: 'e', from: 'json', path: '$.token' },
      ]);
    });

    it('reads the legacy tests[...] idiom', () => {
      expect(checks('tests["Status code is 200"] = responseCode.code === 200;\ntests["fast"] = responseTime < 500;').assertions).toEqual([
        { type: 'status', equals: 200, label: 'Status code is 200' },
        { type: 'response-time', belowMs: 500, label: 'fast' },
      ]);
    });
  });

  describe('what cannot be translated', () => {
    it('keeps loops, custom code and pm.sendRequest verbatim with their lines and the declarations they use', () => {
      const script = [
        'var jsonData = pm.response.json();',
        'pm.test("status", function () { pm.response.to.have.status(200); });',
        'pm.test("every item has a price", function () {',
        '    pm.expect(jsonData.items).to.be.an("array");',
        '    jsonData.items.forEach(function (item) {',
        '        pm.expect(item.price).to.be.above(0);',
        '    });',
        '});',
        'for (let i = 0; i < 3; i++) { console.log(i); }',
        'pm.sendRequest("https://postman-echo.com/get", function (err, res) { console.log(res); });',
        'pm.environment.set("stamp", Date.now());',
      ].join('\n');
      const out = checks(script);
      expect(out.assertions).toEqual([
        { type: 'status', equals: 200, label: 'status' },
        { type: 'json', path: '$.items', op: 'type', value: 'array', label: 'every item has a price' },
      ]);
      expect(out.captures).toEqual([]);
      expect(out.notes).toEqual([
        { event: 'test', line: 5, test: 'every item has a price', disabled: true, code: 'var jsonData = pm.response.json();\njsonData.items.forEach(function (item) {\n    pm.expect(item.price).to.be.above(0);\n});' },
        { event: 'test', line: 9, disabled: true, code: 'for (let i = 0; i < 3; i++) { console.log(i); }' },
        { event: 'test', line: 10, disabled: true, code: 'pm.sendRequest("https://postman-echo.com/get", function (err, res) { console.log(res); });' },
        { event: 'test', line: 11, disabled: true, code: 'pm.environment.set("stamp", Date.now());' },
      ]);
    });

    it('keeps comparisons it cannot state exactly (negations, chained lengths, unknown types)', () => {
      for (const code of ['pm.expect(pm.response.json().a).to.not.eql(1);', 'pm.expect(pm.response.json().a).to.have.lengthOf.above(2);', 'pm.expect(pm.response.json().a).to.be.a("date");', 'pm.expect(pm.response.json().a).to.be.empty;']) {
        const out = checks(code);
        expect(out.assertions).toEqual([]);
        expect(out.notes).toHaveLength(1);
      }
    });

    it('keeps a script that does not parse whole, and a pre-request script whole', () => {
      expect(checks('pm.test("x", function () {').notes).toEqual([{ event: 'test', line: 1, code: 'pm.test("x", function () {', disabled: true }]);
      expect(preRequestNote('\n\npm.environment.set("ts", Date.now());\n')).toEqual([{ event: 'prerequest', line: 3, code: 'pm.environment.set("ts", Date.now());', disabled: true }]);
      expect(preRequestNote('  ')).toEqual([]);
    });
  });
});
