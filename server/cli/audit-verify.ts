// `npm run audit:verify -- --data-dir DIR`: checks the audit log's hash chain; exit 1 when it is broken.
import { auditVerifyCommand } from './audit-verify-command.js';

process.exitCode = auditVerifyCommand(process.argv.slice(2), (line) => console.log(line));
