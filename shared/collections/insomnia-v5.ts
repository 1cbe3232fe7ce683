/**
 * Insomnia v5 (the YAML collection file of Insomnia 11 and later) as the flat v4 resources the
 * importer reads: `collection` is a tree of folders (`children`) and requests, `environments` a
 * base environment with `subEnvironments`, `cookieJar` the cookies.
 */
import { arrayField, stringField } from './import-parts';
import { asRecord } from '../values/is-record';

type Resource = Record<string, unknown>;

/** The v5 document's workspace, folders, requests, environments and cookie jar as v4-shaped resources. */
export function v5Resources(doc: Record<string, unknown>): Resource[] {
  const meta = asRecord(doc['meta']);
  const workspaceId = stringField(meta, 'id') ?? 'wrk_v5';
  const resources: Resource[] = [{ _id: workspaceId, _type: 'workspace', parentId: null, name: stringField(doc, 'name') ?? '', description: stringField(meta, 'description') ?? '' }];
  let counter = 0;
  const walk = (items: readonly unknown[], parentId: string): void => {
    for (const raw of items) {
      const item = asRecord(raw);
      if (item === undefined) continue;
      const itemMeta = asRecord(item['meta']);
      const id = stringField(itemMeta, 'id') ?? `v5_${(counter += 1)}`;
      const common = { _id: id, parentId, name: stringField(item, 'name') ?? '', description: stringField(itemMeta, 'description') ?? '', metaSortKey: itemMeta?.['sortKey'] ?? 0 };
      const scripts = asRecord(item['scripts']);
      const scriptFields = { preRequestScript: stringField(scripts, 'preRequest') ?? '', afterResponseScript: stringField(scripts, 'afterResponse') ?? '' };
      if (Array.isArray(item['children']) || !('url' in item)) {
        resources.push({ ...common, _type: 'request_group', headers: item['headers'], authentication: item['authentication'], environment: item['environment'], ...scriptFields });
        walk(arrayField(item, 'children'), id);
      } else if ('reflectionApi' in item || 'protoMethodName' in item) {
        resources.push({ ...common, _type: 'grpc_request' });
      } else if (!('method' in item)) {
        // Without a method it is a WebSocket or Socket.IO request (an event-listener list tells them apart).
        resources.push({ ...common, _type: 'eventListeners' in item ? 'socketio_request' : 'websocket_request' });
      } else {
        const follow = asRecord(item['settings'])?.['followRedirects'];
        resources.push({
          ...common,
          _type: 'request',
          url: item['url'],
          method: item['method'],
          body: item['body'],
          parameters: item['parameters'],
          pathParameters: item['pathParameters'],
          headers: item['headers'],
          authentication: item['authentication'],
          settingFollowRedirects: follow === false || follow === 'off' ? 'off' : follow === true || follow === 'on' ? 'on' : 'global',
          ...scriptFields,
        });
      }
    }
  };
  walk(arrayField(doc, 'collection'), workspaceId);
  const environments = asRecord(doc['environments']);
  if (environments) {
    const baseId = stringField(asRecord(environments['meta']), 'id') ?? 'env_base_v5';
    resources.push({ _id: baseId, _type: 'environment', parentId: workspaceId, name: stringField(environments, 'name') ?? 'Base Environment', data: environments['data'] ?? {} });
    for (const [index, raw] of arrayField(environments, 'subEnvironments').entries()) {
      const sub = asRecord(raw);
      resources.push({ _id: stringField(asRecord(sub?.['meta']), 'id') ?? `env_${index}`, _type: 'environment', parentId: baseId, name: stringField(sub, 'name') ?? `Environment ${index + 1}`, data: sub?.['data'] ?? {} });
    }
  }
  const jar = asRecord(doc['cookieJar']);
  if (jar) resources.push({ _id: 'jar_v5', _type: 'cookie_jar', parentId: workspaceId, cookies: arrayField(jar, 'cookies') });
  return resources;
}
