// Points git at the project's hooks (.githooks) when installing from a clone; a copy that is not a
// git work tree (a packed tarball, an unpacked release) has nothing to point, and installs as usual.
import { execFileSync } from 'node:child_process';

try {
  execFileSync('git', ['rev-parse', '--is-inside-work-tree'], { stdio: 'ignore' });
  execFileSync('git', ['config', 'core.hooksPath', '.githooks'], { stdio: 'ignore' });
} catch {
  // Not a git work tree, or no git: no hooks to install.
}
