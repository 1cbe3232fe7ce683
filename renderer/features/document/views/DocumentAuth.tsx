import type { Auth } from '../../../../shared/collections/format-v1';
import type { DocumentLogin } from '../use-document-login';
import { AuthField } from './AuthField';
import { DocumentOAuth2 } from './DocumentOAuth2';

interface Props {
  readonly auth: Auth;
  readonly onChange: (auth: Auth) => void;
  /** The login of an OAuth 2.0 auth's authorization code or device flow. */
  readonly login: DocumentLogin;
  /** The URL the request goes to now: a login from it binds the kept token to its origin. */
  readonly requestUrl?: string;
}

const KINDS: readonly { readonly type: Auth['type']; readonly label: string }[] = [
  { type: 'none', label: 'No auth' },
  { type: 'inherit', label: 'From the folder or collection' },
  { type: 'bearer', label: 'Bearer token' },
  { type: 'basic', label: 'Basic (user and password)' },
  { type: 'apikey', label: 'API key' },
  { type: 'digest', label: 'Digest (user and password)' },
  { type: 'awsv4', label: 'AWS Signature V4' },
  { type: 'oauth2', label: 'OAuth 2.0' },
];

function fresh(type: Auth['type']): Auth {
  switch (type) {
    case 'bearer':
      return { type, token: '' };
    case 'basic':
      return { type, username: '', password: '' };
    case 'apikey':
      return { type, name: 'X-API-Key', value: '', in: 'header' };
    case 'digest':
      return { type, username: '', password: '' };
    case 'awsv4':
      return { type, accessKey: '', secretKey: '', region: 'us-east-1', service: 'execute-api' };
    case 'oauth2':
      // The grant most APIs with a login use; the access token field stays for one pasted in.
      return { type, grantType: 'authorization_code' };
    default:
      return { type };
  }
}

function withSessionToken(auth: Extract<Auth, { type: 'awsv4' }>, sessionToken: string): Auth {
  const { type, accessKey, secretKey, region, service } = auth;
  return { type, accessKey, secretKey, region, service, ...(sessionToken === '' ? {} : { sessionToken }) };
}

/** The request's own auth, once: what is here is sent, in the header or query it names. Values may be {{variables}}. */
export function DocumentAuth({ auth, onChange, login, requestUrl }: Props) {
  const field = (label: string, value: string, set: (value: string) => void, secret = false, testId = 'doc-auth-value') => <AuthField label={label} value={value} onChange={set} secret={secret} testId={testId} />;
  return (
    <div className="doc-auth" data-testid="doc-auth">
      <select className="input input-compact" aria-label="Auth type" value={auth.type} onChange={(event) => onChange(fresh(event.target.value as Auth['type']))} data-testid="doc-auth-type">
        {KINDS.map((kind) => (
          <option key={kind.type} value={kind.type}>
            {kind.label}
          </option>
        ))}
      </select>
      {auth.type === 'bearer' && field('Token', auth.token, (token) => onChange({ ...auth, token }), true)}
      {auth.type === 'oauth2' && <DocumentOAuth2 auth={auth} onChange={onChange} login={login} {...(requestUrl === undefined ? {} : { requestUrl })} />}
      {auth.type === 'basic' && (
        <>
          {field('User', auth.username, (username) => onChange({ ...auth, username }), false, 'doc-auth-user')}
          {field('Password', auth.password, (password) => onChange({ ...auth, password }), true)}
        </>
      )}
      {auth.type === 'digest' && (
        <>
          {field('User', auth.username, (username) => onChange({ ...auth, username }), false, 'doc-auth-user')}
          {field('Password', auth.password, (password) => onChange({ ...auth, password }), true)}
        </>
      )}
      {auth.type === 'awsv4' && (
        <>
          {field('Access key', auth.accessKey, (accessKey) => onChange({ ...auth, accessKey }), false, 'doc-auth-access-key')}
          {field('Secret key', auth.secretKey, (secretKey) => onChange({ ...auth, secretKey }), true)}
          {field('Session token', auth.sessionToken ?? '', (sessionToken) => onChange(withSessionToken(auth, sessionToken)), true, 'doc-auth-session-token')}
          {field('Region', auth.region, (region) => onChange({ ...auth, region }), false, 'doc-auth-region')}
          {field('Service', auth.service, (service) => onChange({ ...auth, service }), false, 'doc-auth-service')}
        </>
      )}
      {auth.type === 'apikey' && (
        <>
          {field('Name', auth.name, (name) => onChange({ ...auth, name }), false, 'doc-auth-name')}
          {field('Key', auth.value, (value) => onChange({ ...auth, value }), true)}
          <select className="input input-compact" aria-label="Send the key in" value={auth.in} onChange={(event) => onChange({ ...auth, in: event.target.value === 'query' ? 'query' : 'header' })}>
            <option value="header">Header</option>
            <option value="query">Query</option>
          </select>
        </>
      )}
      <p className="field-help">
        {auth.type === 'digest'
          ? 'Sent as the answer to the server’s 401 challenge (RFC 7616: MD5 or SHA-256, qop=auth): the request goes out, and again with the answer.'
          : auth.type === 'oauth2'
            ? 'Sent as a Bearer token in the Authorization header (a header of that name in Headers is replaced): the access token when one is typed, else the token of the login.'
            : auth.type === 'awsv4'
            ? 'Signed when sent, over the exact method, URL, headers and body that go out (Authorization, X-Amz-Date and, with a session token, X-Amz-Security-Token).'
            : 'A header of the same name in Headers is replaced by this one: it is sent once.'}
      </p>
    </div>
  );
}
