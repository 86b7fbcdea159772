import { runBalanceTool, parseBalanceArgs } from "./balance-runner.ts";

/** `npm run balance [-- --game <id>] [--seeds N] [--seed-base B]`: see docs/balance.md. */
runBalanceTool(process.cwd(), parseBalanceArgs(process.argv.slice(2))).then(
  (code) => process.exit(code),
  (error: Error) => {
    console.error(error.message);
    process.exit(2);
  },
);
