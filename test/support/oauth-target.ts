/**
 * An API behind OAuth 2.0 for the login tests: oauth2-mock-server for the authorization code flow
 * and OpenID Connect, the device authorization server of test/support, and an API whose document
 * declares the three schemes and which checks each bearer token against the server that issued it,
 * recording what it received and whether it let it in.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { startDeviceServer, type DeviceServer, type DeviceServerOptions } from './oauth-device-server';
import { startOAuthMock, type OAuthMock } from './oauth-mock';

export interface ApiVisit {
  readonly path: string;
  /** The Authorization header as received. */
  readonly authorization?: string;
  readonly accepted: boolean;
}

export interface OAuthTarget {
  readonly base: string;
  readonly specUrl: string;
  readonly mock: OAuthMock;
  readonly device: DeviceServer;
  readonly visits: ApiVisit[];
  stop(): Promise<void>;
}

function spec(base: string, mock: OAuthMock, device: DeviceServer): unknown {
  const ok = { '200': { description: 'Who the token belongs to', content: { 'application/json': { schema: { type: 'object' } } } }, '401': { description: 'No valid token' } };
  return {
    openapi: '3.0.3',
    info: { title: 'OAuth target', version: '1.0.0' },
    servers: [{ url: base }],
    components: {
      securitySchemes: {
        company: { type: 'oauth2', flows: { authorizationCode: { authorizationUrl: mock.authorizationUrl, tokenUrl: mock.tokenUrl, scopes: { 'profile:read': 'Read the profile', 'profile:write': 'Change it' } } } },
        tv: { type: 'oauth2', flows: { deviceCode: { deviceAuthorizationUrl: device.deviceAuthorizationUrl, tokenUrl: device.tokenUrl, scopes: {} } } },
        sso: { type: 'openIdConnect', openIdConnectUrl: mock.discoveryUrl },
      },
    },
    paths: {
      '/profile': { get: { operationId: 'profile', security: [{ company: ['profile:read'] }], responses: ok } },
      '/tv/profile': { get: { operationId: 'tvProfile', security: [{ tv: [] }], responses: ok } },
      '/sso/profile': { get: { operationId: 'ssoProfile', security: [{ sso: ['openid'] }], responses: ok } },
    },
  };
}

/** Starts the two authorization servers and the API. */
export async function startOAuthTarget(deviceOptions: DeviceServerOptions = { interval: 1 }): Promise<OAuthTarget> {
  const [mock, device] = await Promise.all([startOAuthMock(), startDeviceServer(deviceOptions)]);
  const visits: ApiVisit[] = [];
  // The document names the API's own address, known once it listens.
  const served: { document?: unknown } = {};
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    if (path === '/openapi.json') {
      res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify(served.document));
      return;
    }
    const authorization = req.headers.authorization;
    const token = /^Bearer (.+)$/i.exec(authorization ?? '')?.[1];
    const check = token === undefined ? Promise.resolve(false) : path === '/tv/profile' ? Promise.resolve(device.validToken(token)) : mock.validToken(token);
    void check.then((accepted) => {
      visits.push({ path, accepted, ...(authorization === undefined ? {} : { authorization }) });
      if (!accepted) {
        res.writeHead(401, { 'Content-Type': 'application/json', 'WWW-Authenticate': 'Bearer error="invalid_token"' }).end(JSON.stringify({ detail: token === undefined ? 'No bearer token' : 'The token is not valid' }));
        return;
      }
      res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify({ path, authenticated: true }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  served.document = spec(base, mock, device);
  return {
    base,
    specUrl: `${base}/openapi.json`,
    mock,
    device,
    visits,
    stop: async () => {
      server.closeAllConnections();
      await Promise.all([new Promise<void>((resolve) => server.close(() => resolve())), mock.stop(), device.close()]);
    },
  };
}
