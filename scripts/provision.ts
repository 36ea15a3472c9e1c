// Entry of `npm run provision`; see provision-cli.ts for the options.
import { runProvisionCli } from './provision-cli';

process.exitCode = await runProvisionCli(process.argv.slice(2), {
  env: process.env,
  print: (line) => console.log(line),
});
