// The delivery-check job run once through its real code (lib/delivery-checks/send.ts), as the scheduled job runs
// it: the e2e journeys call it in a separate process after setting up a commitment delivered long enough ago.
// Usage: npx tsx --conditions=react-server tests/e2e/support/send-delivery-checks.ts
import { db } from "@/lib/db";
import { sendDueDeliveryChecks } from "@/lib/delivery-checks/send";

sendDueDeliveryChecks()
  .then((sent) => console.log(JSON.stringify(sent)))
  .catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(() => db.$disconnect());
