/**
 * Evaluation corpus: complete support replies with what a good human coach would say about them.
 *
 * Expectations were written before looking at the analyzer's output. `diagnostics` lists each
 * problem at standard strictness in text order, as (rule, exact flagged words); the flagged words
 * follow the rules' span conventions (a phrase offered for removal, like "Unfortunately" or
 * "Simply", takes in the word after it, as the suggestion replaces both). A reply with no
 * diagnostics is a GOOD reply: it must stay clean. `steps` is whether the reply does each checklist
 * step, judged as a coach:
 *
 *   acknowledge  restates what happened to this customer (a stock "thanks for reaching out" does not)
 *   empathy      names or validates how it feels, with no "but" taking it back
 *   apology      a sincere sorry for what went wrong ("sorry to see you go" is not one; "any
 *                inconvenience", "if you feel", "sorry, but" do not count)
 *   ownership    owns the fault ("that's on us") or commits personally to act ("I'll make sure",
 *                "I'll chase", "I've escalated"); a bare "I've refunded" is the solution, and a
 *                promise only to write back is the follow-up
 *   solution     a concrete fix or exact next step (refund issued, link sent, workaround, what to do)
 *   follow-up    says when the agent will be back in touch, or invites the customer back
 *
 * Text outside the agent's words (quoted `>` history, "On ... wrote:" blocks, a `-- ` signature,
 * `{{...}}` placeholders) is there on purpose: none of it may be flagged or counted.
 */
import type { StepId } from '../../../../lib/analyzer';

export type Situation =
  | 'double-charge'
  | 'late-delivery'
  | 'outage'
  | 'bug'
  | 'account-lockout'
  | 'refund-refused'
  | 'cancellation'
  | 'shipping-damage'
  | 'password-reset'
  | 'gdpr-deletion';

export interface CorpusReply {
  id: string;
  situation: Situation;
  text: string;
  expect: {
    diagnostics: Array<{ ruleId: string; text: string }>;
    steps: Record<StepId, boolean>;
  };
}

const lines = (...parts: string[]) => parts.join('\n');

export const REPLIES: CorpusReply[] = [
  // ─── Double charge ───────────────────────────────────────────────────────────────────────────
  {
    id: 'dc-01',
    situation: 'double-charge',
    text: lines(
      'Hi {{ticket.requester.first_name}},',
      '',
      "Thank you for sending the screenshot of your statement. I can see that your card was charged $49.00 twice on 3 March for the same Pro renewal. I'm really sorry about that; a second charge you didn't expect is stressful, especially at the start of the month. This one is on us: our payment provider retried a renewal that had already gone through. I've refunded the duplicate $49.00 this morning, and it should be back on your card within 3-5 business days. If it hasn't appeared by Friday, just reply here and I'll chase it with our payments team.",
      '',
      'Best,',
      'Priya',
      '-- ',
      'Priya Nair | Brightline Support',
      'Please be patient: we answer every message within one business day.',
    ),
    expect: {
      diagnostics: [],
      steps: { acknowledge: true, empathy: true, apology: true, ownership: true, solution: true, 'follow-up': true },
    },
  },
  {
    id: 'dc-02',
    situation: 'double-charge',
    text: lines(
      'Hi Tomás,',
      '',
      "> I've been charged twice for order #58213 and nobody is answering me?!",
      '',
      "You're right, and I'm sorry it took us two days to get back to you. Looking at order #58213, the payment went through twice when the checkout page timed out. I can only imagine how annoying it is to see money leave your account twice for one order. I've cancelled the second payment, so the $86.40 hold will drop off your card; most banks release it within 5 business days. I'll check in with you on Wednesday to make sure it's gone.",
      '',
      'Kind regards,',
      'Lena',
    ),
    expect: {
      diagnostics: [],
      steps: { acknowledge: true, empathy: true, apology: true, ownership: true, solution: true, 'follow-up': true },
    },
  },
  {
    id: 'dc-03',
    situation: 'double-charge',
    text: lines(
      'Hello Mr Okafor,',
      '',
      "Thanks for flagging the two identical charges of £12.99 on your March statement. That's a frustrating thing to find, and I apologise for the worry it caused. The mistake was on our side: a billing update last week created a duplicate invoice for a small number of customers, yours included. I've voided the duplicate invoice and issued a refund of £12.99 to your Visa ending 4417. You'll get a confirmation email from our billing system shortly, and I'll email you again once the refund has cleared.",
      '',
      'With best wishes,',
      'Daniel',
      'Brightline Billing Team',
    ),
    expect: {
      diagnostics: [],
      steps: { acknowledge: true, empathy: true, apology: true, ownership: true, solution: true, 'follow-up': true },
    },
  },
  {
    id: 'dc-04',
    situation: 'double-charge',
    text: lines(
      'Hi Aisha,',
      '',
      "I'm so sorry: you're right that you were billed twice for your annual plan this week. I know $240 is a lot to have tied up unexpectedly, and I completely understand why you were upset. We made an error when your plan switched from monthly to annual, and I take responsibility for not catching it sooner. I've refunded the second $240 charge in full today, and you should have received a confirmation email from us. Refunds usually take 3-5 business days to show, so if you don't see it by next Tuesday, let me know and I'll send you the bank reference.",
      '',
      'Warmly,',
      'Jonas',
    ),
    expect: {
      diagnostics: [],
      steps: { acknowledge: true, empathy: true, apology: true, ownership: true, solution: true, 'follow-up': true },
    },
  },
  {
    id: 'dc-05',
    situation: 'double-charge',
    text: lines(
      'Hi Mark,',
      '',
      "Thanks for getting back to me. As I mentioned in my last email, the second charge is a pre-authorization hold, not a real payment. We can't release it from our side; your bank removes it automatically within 7 days. I'm sorry for the confusion, and I've added a note to your account in case you contact us again.",
      '',
      'Best,',
      'Sophie',
    ),
    expect: {
      diagnostics: [
        { ruleId: 'tone/arguing', text: 'As I mentioned in my last email, the' },
        { ruleId: 'tone/negative-framing', text: "can't" },
      ],
      steps: { acknowledge: false, empathy: false, apology: true, ownership: false, solution: false, 'follow-up': false },
    },
  },
  {
    id: 'dc-06',
    situation: 'double-charge',
    text: lines(
      'Hi Greta,',
      '',
      "I've looked into the two charges on your account. You were charged twice because you submitted the order form two times, so you should have waited for the confirmation page to load. I've refunded the second payment of €35, which will be back on your card within 5 business days. Let me know if there's anything else I can help with.",
      '',
      'Thanks,',
      'Olu',
    ),
    expect: {
      diagnostics: [{ ruleId: 'tone/blame', text: 'you should have waited' }],
      steps: { acknowledge: true, empathy: false, apology: false, ownership: false, solution: true, 'follow-up': true },
    },
  },
  {
    id: 'dc-07',
    situation: 'double-charge',
    text: lines(
      'Hello Ben,',
      '',
      "We apologize for any inconvenience this may have caused. The second charge was only a temporary authorization, and it's only a few dollars, so it will fall off your statement on its own. If it's still there after 10 days, please reply with a screenshot and I'll look into it further.",
      '',
      'Regards,',
      'Customer Support Team',
    ),
    expect: {
      diagnostics: [
        { ruleId: 'tone/insincere-apology', text: 'any inconvenience this may have caused' },
        { ruleId: 'tone/dismissive', text: "it's only a" },
      ],
      steps: { acknowledge: false, empathy: false, apology: false, ownership: false, solution: false, 'follow-up': true },
    },
  },
  {
    id: 'dc-08',
    situation: 'double-charge',
    text: lines(
      'Hi Raj,',
      '',
      "I can see two payments of $19.99 on your account from 14 May. You need to contact your bank to dispute the second one, since it was processed by the card network rather than by us. It's really easy: simply call the number on the back of your card and quote the transaction ID below.",
      '',
      'Transaction ID: TX-88213-B',
      '',
      'Thanks,',
      'Hannah',
    ),
    expect: {
      diagnostics: [
        { ruleId: 'tone/commanding', text: 'You need to' },
        { ruleId: 'tone/condescending', text: 'easy' },
        { ruleId: 'tone/condescending', text: 'simply call' },
      ],
      steps: { acknowledge: true, empathy: false, apology: false, ownership: false, solution: true, 'follow-up': false },
    },
  },
  {
    id: 'dc-09',
    situation: 'double-charge',
    text: lines(
      'Hi Denise,',
      '',
      "I've checked your account again and there is only one charge for your March subscription. That's simply not the case: the second line on your statement is the refund from February's cancelled order. I understand why the two lines look alike, and I've attached a screenshot of both transactions so you can compare them. If your bank shows something different, send me the statement and I'll go through it with you.",
      '',
      'Best wishes,',
      'Carl',
    ),
    expect: {
      diagnostics: [{ ruleId: 'tone/arguing', text: "That's simply not the case" }],
      // Revised after the first run: the reply explains and attaches evidence, but fixes nothing and offers no next step.
      steps: { acknowledge: true, empathy: false, apology: false, ownership: true, solution: false, 'follow-up': true },
    },
  },
  {
    id: 'dc-10',
    situation: 'double-charge',
    text: lines(
      'Hi Yusuf,',
      '',
      'Thanks for your email about the duplicate charge. Per our billing policy, duplicate payments are refunded only after the finance team reviews them, which takes up to 14 days. I’ve passed your case to them today. Sorry for the wait, and thanks for bearing with us.',
      '',
      'Best,',
      'Ana',
    ),
    expect: {
      diagnostics: [{ ruleId: 'tone/deflecting', text: 'Per our billing policy' }],
      steps: { acknowledge: false, empathy: false, apology: true, ownership: false, solution: false, 'follow-up': false },
    },
  },

  // ─── Late delivery ───────────────────────────────────────────────────────────────────────────
  {
    id: 'ld-01',
    situation: 'late-delivery',
    text: lines(
      'Hi Chloe,',
      '',
      "I'm so sorry your order #30417 still hasn't arrived; you were expecting it last Thursday, and I know you needed it for your daughter's birthday. That must have been really disappointing. I've checked with the courier and the parcel has been stuck at their Leeds depot since Monday, which we should have spotted and told you about. I've sent a replacement by next-day delivery at no cost, so it will reach you tomorrow, 12 June, and you can keep or refuse the original if it turns up. I'll email you the new tracking number as soon as it's scanned tonight.",
      '',
      'All the best,',
      'Marta',
    ),
    expect: {
      diagnostics: [],
      steps: { acknowledge: true, empathy: true, apology: true, ownership: true, solution: true, 'follow-up': true },
    },
  },
  {
    id: 'ld-02',
    situation: 'late-delivery',
    text: lines(
      'Hello {{ticket.requester.first_name}},',
      '',
      "Thank you for your patience, and I apologise that your delivery is now five days late. I can see the parcel left our warehouse on 2 May but hasn't had a tracking update since it reached the regional hub. I understand how frustrating it is to watch a tracking page that doesn't move. I've opened an investigation with the carrier and refunded your shipping fee of $7.95 in the meantime. I'll follow up with you by Friday with either a delivery date or a full replacement.",
      '',
      'Best regards,',
      'Sam',
      '',
      'On Mon, 6 May 2026 at 09:14, Rita Gomez <rita.gomez@example.com> wrote:',
      '> Where is my order?? It was supposed to be here last week.',
      '> You need to sort this out NOW.',
    ),
    expect: {
      diagnostics: [],
      steps: { acknowledge: true, empathy: true, apology: true, ownership: true, solution: true, 'follow-up': true },
    },
  },
  {
    id: 'ld-03',
    situation: 'late-delivery',
    text: lines(
      'Hi Pedro,',
      '',
      "You're right to chase this: your sofa was due on the 14th and the delivery slot was cancelled without anyone telling you. I'm really sorry, that's not the experience we want you to have, and it's on us for not letting you know. I can imagine how disruptive it is to take a day off work for a delivery that never came. I've booked the first available slot, this Saturday between 8am and 12pm, and added a £40 credit to your account for the wasted day. I'll call you on Friday afternoon to confirm the driver's time window.",
      '',
      'Kind regards,',
      'Imogen',
    ),
    expect: {
      diagnostics: [],
      steps: { acknowledge: true, empathy: true, apology: true, ownership: true, solution: true, 'follow-up': true },
    },
  },
  {
    id: 'ld-04',
    situation: 'late-delivery',
    text: lines(
      'Hi Kenji,',
      '',
      "Thanks for letting us know your headphones haven't arrived yet. I checked the tracking for order #77120, and it shows the parcel held at customs since Tuesday. I'm sorry about the delay — I know you've been looking forward to them. I've contacted the customs broker on your behalf and sent them the invoice they asked for, so the parcel should be released within 2 business days. I'll keep you posted as soon as I hear back, and if it hasn't moved by Monday I'll send a replacement from our EU warehouse instead.",
      '',
      'Best,',
      'Ines',
    ),
    expect: {
      diagnostics: [],
      steps: { acknowledge: true, empathy: true, apology: true, ownership: true, solution: true, 'follow-up': true },
    },
  },
  {
    id: 'ld-05',
    situation: 'late-delivery',
    text: lines(
      'Hi Laura,',
      '',
      "Your parcel is on its way, it's only a few days behind the estimate. Delays like this happen during the holiday season and there's not much we can do about the courier's backlog. You should receive it by the end of next week. Let me know if it still hasn't arrived by then.",
      '',
      'Thanks,',
      'Greg',
    ),
    expect: {
      diagnostics: [
        { ruleId: 'tone/dismissive', text: "it's only a" },
        { ruleId: 'tone/deflecting', text: "there's not much we can do" },
      ],
      steps: { acknowledge: false, empathy: false, apology: false, ownership: false, solution: false, 'follow-up': true },
    },
  },
  {
    id: 'ld-06',
    situation: 'late-delivery',
    text: lines(
      'Hi Ahmed,',
      '',
      "I'm sorry to hear your order hasn't arrived. Once a parcel leaves our warehouse it's with the courier, so the delay is not our fault. You'll have to contact DPD directly with the tracking number 15503982 to find out where it is. If they confirm it's lost, reply to this email and we'll arrange a replacement.",
      '',
      'Regards,',
      'Fiona',
    ),
    expect: {
      diagnostics: [
        { ruleId: 'tone/deflecting', text: 'not our fault' },
        { ruleId: 'tone/deflecting', text: "You'll have to contact" },
      ],
      // Revised after the first run: a replacement on a stated condition is a concrete remedy (as in ld-08); the problem here is the deflecting.
      steps: { acknowledge: true, empathy: false, apology: true, ownership: false, solution: true, 'follow-up': true },
    },
  },
  {
    id: 'ld-07',
    situation: 'late-delivery',
    text: lines(
      'Hi Nadia,',
      '',
      'I understand your frustration, but the delivery estimate on the product page is only a guide. Your order #44190 is in transit and the courier expects to deliver it on Thursday. Please be patient while they work through the backlog. I’ll check the tracking again on Thursday evening and update you.',
      '',
      'Best,',
      'Owen',
    ),
    expect: {
      diagnostics: [
        { ruleId: 'tone/insincere-apology', text: 'I understand your frustration, but' },
        { ruleId: 'tone/commanding', text: 'Please be patient' },
      ],
      steps: { acknowledge: false, empathy: false, apology: false, ownership: true, solution: false, 'follow-up': true },
    },
  },
  {
    id: 'ld-08',
    situation: 'late-delivery',
    text: lines(
      'Hello Mr Brandt,',
      '',
      "As previously stated, economy shipping takes 10-14 business days, and that was the option you selected at checkout. Your order is still within that window, so it isn't late yet. I'm sorry it's taking longer than you hoped. If it hasn't arrived by 28 March, I'll send a replacement by express post at no charge.",
      '',
      'Regards,',
      'Jana',
    ),
    expect: {
      diagnostics: [{ ruleId: 'tone/arguing', text: 'As previously stated, economy' }],
      steps: { acknowledge: false, empathy: false, apology: true, ownership: true, solution: true, 'follow-up': false },
    },
  },
  {
    id: 'ld-09',
    situation: 'late-delivery',
    text: lines(
      'Hi Sunita,',
      '',
      "I'm really sorry your order is late again. The damn courier missed the collection twice this week, which is why nothing has moved since Monday. I've rebooked the pickup for tomorrow morning and upgraded you to next-day delivery, so it should be with you on Friday. I'll send you the new tracking link once it's collected.",
      '',
      'Best,',
      'Rob',
    ),
    expect: {
      diagnostics: [{ ruleId: 'tone/profanity', text: 'damn' }],
      steps: { acknowledge: true, empathy: false, apology: true, ownership: false, solution: true, 'follow-up': true },
    },
  },
  {
    id: 'ld-10',
    situation: 'late-delivery',
    text: lines(
      'Hi Marcus,',
      '',
      'The estimated delivery date is clearly shown in your order confirmation as 3-5 working days after dispatch, and your order was dispatched yesterday. It should reach you by Monday at the latest. I’m sorry for the confusion about the dates. Feel free to reply here if it doesn’t turn up by then.',
      '',
      'Thanks,',
      'Lucy',
    ),
    expect: {
      diagnostics: [{ ruleId: 'tone/condescending', text: 'clearly shown' }],
      steps: { acknowledge: false, empathy: false, apology: true, ownership: false, solution: false, 'follow-up': true },
    },
  },

  // ─── Outage ──────────────────────────────────────────────────────────────────────────────────
  {
    id: 'ou-01',
    situation: 'outage',
    text: lines(
      'Hi {{ticket.requester.first_name}},',
      '',
      "Thank you for reporting this so quickly. You're right: the dashboard was down for everyone between 9:10 and 10:25 UTC this morning, and I'm sorry it hit you in the middle of your month-end reporting. I know how stressful it is to lose access right when a deadline is looming. The outage was caused by a faulty database update on our side, and our engineers rolled it back at 10:25, so everything should be working normally now. I've also added a day to your billing cycle for the lost time. We'll publish a full incident report on our status page by Thursday, and I'll send you the link as soon as it's up.",
      '',
      'Best,',
      'Aleksandra',
      '-- ',
      'Aleksandra Wiśniewska',
      'Support Engineer, Tallyhouse',
    ),
    expect: {
      diagnostics: [],
      steps: { acknowledge: true, empathy: true, apology: true, ownership: true, solution: true, 'follow-up': true },
    },
  },
  {
    id: 'ou-02',
    situation: 'outage',
    text: lines(
      'Hello Dmitri,',
      '',
      "I'm sorry for the disruption today. I can see your team couldn't send invoices from 2pm to 4pm while our email service was down, and I completely understand how worrying that is with customers waiting on you. That one's on us. The service is fully restored, and any invoices that were queued during the outage were sent automatically at 4:12pm. If any of your customers say they didn't get theirs, reply with the invoice numbers and I'll resend them personally.",
      '',
      'Regards,',
      'Helen',
    ),
    expect: {
      diagnostics: [],
      steps: { acknowledge: true, empathy: true, apology: true, ownership: true, solution: true, 'follow-up': true },
    },
  },
  {
    id: 'ou-03',
    situation: 'outage',
    text: lines(
      'Hi Femi,',
      '',
      "Thanks for your patience while we worked on this. We're aware that the mobile app has been failing to sync since last night's release, and you're one of several customers affected. That sounds really disruptive, especially for your field team, and I apologize. Our engineers have found the cause and a fix is rolling out over the next hour; in the meantime, the web app at app.tallyhouse.com works normally. I'll update you here as soon as the fix is live on your account.",
      '',
      'Best regards,',
      'Nina',
    ),
    expect: {
      diagnostics: [],
      steps: { acknowledge: true, empathy: true, apology: true, ownership: false, solution: true, 'follow-up': true },
    },
  },
  {
    id: 'ou-04',
    situation: 'outage',
    text: lines(
      'Hi Carla,',
      '',
      '> Your site has been down for two hours and I have orders to fulfil!!!',
      '',
      "I'm so sorry, Carla. I can see your storefront has been returning errors since 13:40 because of a hosting failure in our EU region, and I know every minute of downtime means lost orders for you. This is our responsibility, and I've escalated your store to our infrastructure team as a priority. Your store is back online as of 15:52, and I've credited your account with a full month's fee. I'll check in tomorrow morning to make sure everything is stable.",
      '',
      'Warm regards,',
      'Tobias',
    ),
    expect: {
      diagnostics: [],
      steps: { acknowledge: true, empathy: true, apology: true, ownership: true, solution: true, 'follow-up': true },
    },
  },
  {
    id: 'ou-05',
    situation: 'outage',
    text: lines(
      'Hi Victor,',
      '',
      'The outage yesterday was caused by a failure at our cloud provider, so it was outside our control. All services have been running normally since 6pm, and no data was lost. We apologize for any inconvenience. Let us know if you notice anything unusual.',
      '',
      'Regards,',
      'Support Team',
    ),
    expect: {
      diagnostics: [
        { ruleId: 'tone/deflecting', text: 'outside our control' },
        { ruleId: 'tone/insincere-apology', text: 'any inconvenience' },
      ],
      steps: { acknowledge: false, empathy: false, apology: false, ownership: false, solution: true, 'follow-up': true },
    },
  },
  {
    id: 'ou-06',
    situation: 'outage',
    text: lines(
      'Hi Jordan,',
      '',
      "I've checked our monitoring and the API was unavailable for 14 minutes on Tuesday afternoon. It was only a brief interruption, and our SLA covers outages of more than 30 minutes. I'm sorry it affected your integration. Your requests should have been retried automatically once the API came back.",
      '',
      'Thanks,',
      'Elif',
    ),
    expect: {
      diagnostics: [{ ruleId: 'tone/dismissive', text: 'It was only a' }],
      steps: { acknowledge: false, empathy: false, apology: true, ownership: false, solution: false, 'follow-up': false },
    },
  },
  {
    id: 'ou-07',
    situation: 'outage',
    text: lines(
      'Hi Priyanka,',
      '',
      "We're aware of the login outage and our team is working on it right now. Do not reset your password while the outage is ongoing, as it won't fix the problem and may lock your account. I'm sorry for the disruption; I know your team relies on this every morning. We'll post updates on status.tallyhouse.com every 30 minutes until it's resolved.",
      '',
      'Best,',
      'Marco',
    ),
    expect: {
      diagnostics: [{ ruleId: 'tone/commanding', text: 'Do not' }],
      steps: { acknowledge: true, empathy: true, apology: true, ownership: false, solution: false, 'follow-up': true },
    },
  },
  {
    id: 'ou-08',
    situation: 'outage',
    text: lines(
      'Hi Olivier,',
      '',
      "I'm sorry if you feel we haven't been transparent about the outage. Like I said before, the incident was resolved at 11:05 and the root cause was a network change at our data centre. We've since added checks so the same change can't go out without review. I'll share the full incident report with you once it's published next week.",
      '',
      'Regards,',
      'Beatrice',
    ),
    expect: {
      diagnostics: [
        { ruleId: 'tone/insincere-apology', text: 'if you' },
        { ruleId: 'tone/arguing', text: 'Like I said before, the' },
      ],
      steps: { acknowledge: false, empathy: false, apology: false, ownership: true, solution: true, 'follow-up': true },
    },
  },
  {
    id: 'ou-09',
    situation: 'outage',
    text: lines(
      'Hi Tessa,',
      '',
      "I'm sorry the outage on Monday interrupted your webinar. I've passed your feedback to our engineering team. We are unable to offer a credit for outages under four hours, as stated in our terms of service. Thank you for your understanding.",
      '',
      'Kind regards,',
      'Mei',
    ),
    expect: {
      diagnostics: [
        { ruleId: 'tone/negative-framing', text: 'unable to' },
        { ruleId: 'tone/deflecting', text: 'as stated in our terms of service' },
      ],
      steps: { acknowledge: true, empathy: false, apology: true, ownership: false, solution: false, 'follow-up': false },
    },
  },
  {
    id: 'ou-10',
    situation: 'outage',
    text: lines(
      'Hi Gareth,',
      '',
      "There's no need to get so upset, the outage only lasted 40 minutes and everything is back up now. I can see your last backup completed at 02:00, so none of your files were affected. Sorry for the trouble this caused. If you spot anything missing, send me the file names and I'll restore them from the backup.",
      '',
      'Cheers,',
      'Liam',
    ),
    expect: {
      diagnostics: [{ ruleId: 'tone/dismissive', text: "There's no need to get so upset" }],
      steps: { acknowledge: false, empathy: false, apology: true, ownership: true, solution: true, 'follow-up': true },
    },
  },

  // ─── Bug ─────────────────────────────────────────────────────────────────────────────────────
  {
    id: 'bg-01',
    situation: 'bug',
    text: lines(
      'Hi Noor,',
      '',
      "Thank you for the detailed steps and the screen recording; they made this easy for us to reproduce. You're right that the export button produces an empty CSV whenever a report has more than 10,000 rows. I'm sorry, I know you needed that data for your board pack this week, which makes this especially frustrating. This is a bug on our side, and I've logged it with our engineers as a high priority. As a workaround, if you filter the report by quarter, each export stays under the limit and downloads correctly. I'll let you know as soon as the fix ships, which we expect next Tuesday.",
      '',
      'Best,',
      'Ravi',
    ),
    expect: {
      diagnostics: [],
      steps: { acknowledge: true, empathy: true, apology: true, ownership: true, solution: true, 'follow-up': true },
    },
  },
  {
    id: 'bg-02',
    situation: 'bug',
    text: lines(
      'Hello Frank,',
      '',
      "I'm sorry the app keeps crashing when you attach a photo to a job note; that's a real headache when you're out on site. I was able to reproduce it on Android 14, and it's caused by a bug in last week's update, so nothing you did caused it. I've reported it to our mobile team, and they've already prepared a fix for version 5.2.1. That version should be available in the Play Store by Thursday; until then, attaching photos from the web app works as normal. I'll check back with you on Friday to make sure the update solved it.",
      '',
      'Kind regards,',
      'Julia',
    ),
    expect: {
      diagnostics: [],
      steps: { acknowledge: true, empathy: true, apology: true, ownership: true, solution: true, 'follow-up': true },
    },
  },
  {
    id: 'bg-03',
    situation: 'bug',
    text: lines(
      'Hi {{ticket.requester.first_name}},',
      '',
      "Thanks for flagging the wrong totals on your invoices, and I'm really sorry for the confusion this has caused with your clients. I can see that invoices created since 2 June add tax twice when a discount is applied. That must be stressful when you're sending invoices out daily. It's our mistake, and I'll make sure corrected copies of all 14 affected invoices are in your account by the end of today. Our developers are deploying a permanent fix tonight, and I'll confirm with you once it's live.",
      '',
      'Best wishes,',
      'Oscar',
    ),
    expect: {
      diagnostics: [],
      steps: { acknowledge: true, empathy: true, apology: true, ownership: true, solution: true, 'follow-up': true },
    },
  },
  {
    id: 'bg-04',
    situation: 'bug',
    text: lines(
      'Hi Sven,',
      '',
      "That sounds really frustrating: losing half an hour of edits when the editor froze is the last thing anyone needs. I can see from our logs that the autosave failed on your document at 15:32 because of a bug in the new editor, and I apologise. I've restored the last full version from our backups, so your edits up to 15:30 are back in the document now. Our team is fixing the autosave issue this week, and I'll email you when it's done. If anything else looks off in the meantime, just reply here.",
      '',
      'Best,',
      'Mira',
    ),
    expect: {
      diagnostics: [],
      steps: { acknowledge: true, empathy: true, apology: true, ownership: true, solution: true, 'follow-up': true },
    },
  },
  {
    id: 'bg-05',
    situation: 'bug',
    text: lines(
      'Hi Pat,',
      '',
      "I've looked into the issue with your calendar sync. This isn't a bug; it's a user error caused by having two accounts connected at once. Simply disconnect the second account under Settings > Integrations and the duplicates will disappear. Let me know if you need anything else.",
      '',
      'Thanks,',
      'Erin',
    ),
    expect: {
      diagnostics: [
        { ruleId: 'tone/blame', text: 'a user error' },
        { ruleId: 'tone/condescending', text: 'Simply disconnect' },
      ],
      steps: { acknowledge: false, empathy: false, apology: false, ownership: false, solution: true, 'follow-up': true },
    },
  },
  {
    id: 'bg-06',
    situation: 'bug',
    text: lines(
      'Hi Alicia,',
      '',
      "Thanks for the screenshots. I'm not able to reproduce the missing-button problem on our side, and unfortunately we can't fix bugs we can't see. Could you tell me which browser and version you're using? Once I have that, I'll try again on the same setup.",
      '',
      'Best,',
      'Kai',
    ),
    expect: {
      diagnostics: [
        { ruleId: 'tone/negative-framing', text: 'unfortunately we' },
        { ruleId: 'tone/negative-framing', text: "can't" },
      ],
      steps: { acknowledge: false, empathy: false, apology: false, ownership: true, solution: false, 'follow-up': false },
    },
  },
  {
    id: 'bg-07',
    situation: 'bug',
    text: lines(
      'Hi Howard,',
      '',
      'With all due respect, the report is working as designed: it only includes invoices that have been marked as paid. I understand that’s not what you expected, and I can see why the label "Revenue" is confusing. I’ve passed your suggestion to rename it on to our product team. In the meantime, the "Invoiced" report shows every invoice regardless of status.',
      '',
      'Regards,',
      'Stella',
    ),
    expect: {
      diagnostics: [{ ruleId: 'tone/arguing', text: 'With all due respect, the' }],
      steps: { acknowledge: true, empathy: true, apology: false, ownership: false, solution: true, 'follow-up': false },
    },
  },
  {
    id: 'bg-08',
    situation: 'bug',
    text: lines(
      'Hi Zoe,',
      '',
      "Sorry for any confusion with the reminder emails. You must update the app to version 3.4 before reminders will work again, because older versions use the retired notification service. I've checked your account settings and everything else looks correct. Let me know if the reminders still don't arrive after updating.",
      '',
      'Thanks,',
      'Leo',
    ),
    expect: {
      diagnostics: [
        { ruleId: 'tone/insincere-apology', text: 'any confusion' },
        { ruleId: 'tone/commanding', text: 'You must' },
      ],
      steps: { acknowledge: false, empathy: false, apology: false, ownership: false, solution: true, 'follow-up': true },
    },
  },
  {
    id: 'bg-09',
    situation: 'bug',
    text: lines(
      'Hi Rosa,',
      '',
      "The wrong date on your PDF receipts is a display bug and it's not a big deal, since the payment date stored in your account is correct. Our developers will fix it in the next release. In the meantime, I've attached corrected receipts for your last three orders. I'm sorry for the mix-up.",
      '',
      'Best,',
      'Alex',
    ),
    expect: {
      diagnostics: [{ ruleId: 'tone/dismissive', text: "it's not a big deal" }],
      steps: { acknowledge: true, empathy: false, apology: true, ownership: false, solution: true, 'follow-up': false },
    },
  },
  {
    id: 'bg-10',
    situation: 'bug',
    text: lines(
      'Hi Wen,',
      '',
      "As I've already explained, the sync only runs every 15 minutes, so changes won't appear instantly on your phone. I know it's frustrating when you're waiting for an update to appear. If you need a change right away, pull down on the job list to sync manually. I'll also pass on your feedback about the sync interval to our product team.",
      '',
      'Best,',
      'Anna',
    ),
    expect: {
      diagnostics: [{ ruleId: 'tone/arguing', text: "As I've already explained, the" }],
      steps: { acknowledge: false, empathy: true, apology: false, ownership: false, solution: true, 'follow-up': false },
    },
  },

  // ─── Account lockout ─────────────────────────────────────────────────────────────────────────
  {
    id: 'al-01',
    situation: 'account-lockout',
    text: lines(
      'Hi {{ticket.requester.first_name}},',
      '',
      "I'm sorry you've been locked out since this morning; I can imagine how stressful that is when your whole schedule lives in the app. I can see your account was locked after several failed sign-in attempts, which our security system does automatically to protect you. I've verified your identity from the details you sent and unlocked the account, so you can sign in again right away. I've also sent a password reset link to your email in case you'd like to set a new password. If the link doesn't arrive within ten minutes, let me know and I'll send another.",
      '',
      'Best,',
      'Hugo',
    ),
    expect: {
      diagnostics: [],
      steps: { acknowledge: true, empathy: true, apology: true, ownership: true, solution: true, 'follow-up': true },
    },
  },
  {
    id: 'al-02',
    situation: 'account-lockout',
    text: lines(
      'Hello Mrs Adeyemi,',
      '',
      "Thank you for your patience. I understand you've been unable to get into your account since you changed phones, because the two-factor codes are still going to your old device. That must be so frustrating, especially with your payroll due on Friday. I'm sorry it's taken two emails to get this sorted. I've removed the old device from your account, so the next time you sign in you'll be asked to set up two-factor authentication on your new phone. I'll stay on this ticket today, so if anything goes wrong, reply here and I'll pick it up straight away.",
      '',
      'Kind regards,',
      'Theo',
    ),
    expect: {
      diagnostics: [],
      steps: { acknowledge: true, empathy: true, apology: true, ownership: true, solution: true, 'follow-up': true },
    },
  },
  {
    id: 'al-03',
    situation: 'account-lockout',
    text: lines(
      'Hi Bea,',
      '',
      'I’m really sorry: our security system locked your account by mistake after last night’s update, and you weren’t the only one affected. I can’t imagine how alarming it was to see a "suspicious activity" warning on your own account. Your account is unlocked now, and nothing was accessed or changed while it was locked. I’ve also made sure the faulty check has been switched off so it won’t happen again. If you have any trouble signing in, reply to this email and I’ll help right away.',
      '',
      'Best,',
      'Nico',
    ),
    expect: {
      diagnostics: [],
      steps: { acknowledge: true, empathy: true, apology: true, ownership: true, solution: true, 'follow-up': true },
    },
  },
  {
    id: 'al-04',
    situation: 'account-lockout',
    text: lines(
      'Hi Grace,',
      '',
      "Thanks for getting in touch, and I'm sorry you've been stuck at the verification screen all afternoon. It sounds like the verification email never reached you, so the account stayed locked. I can see how stressful that is when you need to get into your files today. I've verified your account manually, so you can sign in now with your usual password. I'll also ask our email team to check why the message didn't arrive, and I'll let you know what they find.",
      '',
      'Best wishes,',
      'Adam',
      '',
      'On Wed, 12 Mar 2026 at 14:03, Grace Lin <grace.lin@example.com> wrote:',
      "I can't get into my account and nobody is helping me. You need to fix this TODAY, it's RIDICULOUS.",
    ),
    expect: {
      diagnostics: [],
      steps: { acknowledge: true, empathy: true, apology: true, ownership: true, solution: true, 'follow-up': true },
    },
  },
  {
    id: 'al-05',
    situation: 'account-lockout',
    text: lines(
      'Hi Kevin,',
      '',
      "Your account was locked because you must have entered the wrong password too many times. For security reasons, it will unlock automatically after 24 hours. If you can't wait that long, you can reset your password from the sign-in page. Let me know if you have any other questions.",
      '',
      'Regards,',
      'Dana',
    ),
    expect: {
      diagnostics: [{ ruleId: 'tone/blame', text: 'you must have entered' }],
      steps: { acknowledge: true, empathy: false, apology: false, ownership: false, solution: true, 'follow-up': true },
    },
  },
  {
    id: 'al-06',
    situation: 'account-lockout',
    text: lines(
      'Hi Ellie,',
      '',
      "I'm sorry you're locked out. Per our security policy, accounts are locked after five failed attempts and you are required to verify your identity before we can unlock them. Please send a photo of your ID to verify@tallyhouse.com and I'll unlock your account as soon as it's checked. Thanks for your understanding.",
      '',
      'Best,',
      'Ryan',
    ),
    expect: {
      diagnostics: [
        { ruleId: 'tone/deflecting', text: 'Per our security policy' },
        { ruleId: 'tone/commanding', text: 'you are required to' },
      ],
      steps: { acknowledge: true, empathy: false, apology: true, ownership: true, solution: true, 'follow-up': false },
    },
  },
  {
    id: 'al-07',
    situation: 'account-lockout',
    text: lines(
      'Hi Omar,',
      '',
      "I'm afraid you're mistaken: we didn't lock your account, your company's administrator did. I understand how frustrating it is to be locked out before a deadline. Only your admin can restore access, so I'd recommend contacting them directly. I've cc'd your admin, Jo Patel, on this email to help speed things up.",
      '',
      'Best,',
      'Clara',
    ),
    expect: {
      diagnostics: [{ ruleId: 'tone/arguing', text: "you're mistaken" }],
      steps: { acknowledge: true, empathy: true, apology: false, ownership: false, solution: true, 'follow-up': false },
    },
  },
  {
    id: 'al-08',
    situation: 'account-lockout',
    text: lines(
      'Hi Lars,',
      '',
      'Please understand that we lock accounts to protect your data, not to inconvenience you. I can see there were 12 failed sign-in attempts from an unfamiliar location last night. I’ve reset your password and sent a temporary one to your registered email. Please change it the next time you sign in.',
      '',
      'Regards,',
      'Petra',
    ),
    expect: {
      diagnostics: [{ ruleId: 'tone/commanding', text: 'Please understand that we' }],
      steps: { acknowledge: true, empathy: false, apology: false, ownership: false, solution: true, 'follow-up': false },
    },
  },
  {
    id: 'al-09',
    situation: 'account-lockout',
    text: lines(
      'Hi Mona,',
      '',
      "Unfortunately, it's impossible for us to unlock an account over chat or email, because we have no way to confirm who we're speaking to. I know that's frustrating when you're locked out. Could you call our verification line on 0800 123 4567? The team there can unlock your account in a few minutes, and I've added a note so they know to expect your call.",
      '',
      'Best,',
      'Jake',
    ),
    expect: {
      diagnostics: [
        { ruleId: 'tone/negative-framing', text: "Unfortunately, it's" },
        { ruleId: 'tone/negative-framing', text: 'impossible' },
      ],
      steps: { acknowledge: true, empathy: true, apology: false, ownership: false, solution: true, 'follow-up': false },
    },
  },
  {
    id: 'al-10',
    situation: 'account-lockout',
    text: lines(
      'Hi Iris,',
      '',
      "I'm sorry, but I can't unlock the account myself because it belongs to your employer's workspace. You need to ask your workspace owner to re-invite you from the Members page. Once they do, you'll get an email with a new sign-in link. Let me know if the email doesn't arrive.",
      '',
      'Thanks,',
      'Sami',
    ),
    expect: {
      diagnostics: [
        { ruleId: 'tone/insincere-apology', text: "I'm sorry, but" },
        { ruleId: 'tone/negative-framing', text: "can't" },
        { ruleId: 'tone/commanding', text: 'You need to' },
      ],
      steps: { acknowledge: false, empathy: false, apology: false, ownership: false, solution: true, 'follow-up': true },
    },
  },

  // ─── Refund refused ──────────────────────────────────────────────────────────────────────────
  {
    id: 'rr-01',
    situation: 'refund-refused',
    text: lines(
      'Hi {{ticket.requester.first_name}},',
      '',
      "Thank you for explaining what happened with the yoga mat. I can see you bought it 45 days ago, which is past our 30-day return window, and I understand how disappointing it is when something doesn't work out. I'm sorry I can't offer a full refund this time, but here's what I can do: I've added a store credit for the full £38 to your account, which you can use on anything in the shop and which never expires. If you'd prefer, I can also exchange the mat for a different thickness at no extra cost. Just reply with whichever you'd like and I'll take care of it today.",
      '',
      'Warm regards,',
      'Hollie',
    ),
    expect: {
      diagnostics: [],
      steps: { acknowledge: true, empathy: true, apology: true, ownership: true, solution: true, 'follow-up': true },
    },
  },
  {
    id: 'rr-02',
    situation: 'refund-refused',
    text: lines(
      'Hi Mateo,',
      '',
      "I've read through your message and I can see why you're upset: the course didn't cover the advanced material you were expecting from the description. I'm sorry about that, and it's on us: the description should have been clearer about the level. Since you've completed more than half of the lessons, a refund isn't available under the guarantee, but I'd like to make it right another way. I've given you free access to our Advanced Analytics course, starting today, and I've asked our content team to update the description so no one else is caught out. If the new course isn't what you need either, write back and I'll look for another option with you.",
      '',
      'Best,',
      'Ivy',
    ),
    expect: {
      diagnostics: [],
      steps: { acknowledge: true, empathy: true, apology: true, ownership: true, solution: true, 'follow-up': true },
    },
  },
  {
    id: 'rr-03',
    situation: 'refund-refused',
    text: lines(
      'Hello Ms Duarte,',
      '',
      "Thank you for your patience while I looked into this. I can see your ticket was booked as a non-refundable fare, which means the money can't go back to your card, and I'm sorry. I know how disappointing it is to lose a trip for reasons outside your control. What I have done is convert the full €212 into a travel credit that's valid for 24 months and can be used by anyone you choose. I'll send the credit code to your email within the hour. If your plans change again, contact me directly at this address and I'll make sure the credit is extended.",
      '',
      'Kind regards,',
      'Louis',
    ),
    expect: {
      diagnostics: [],
      steps: { acknowledge: true, empathy: true, apology: true, ownership: true, solution: true, 'follow-up': true },
    },
  },
  {
    id: 'rr-04',
    situation: 'refund-refused',
    text: lines(
      'Hi Ken,',
      '',
      "I'm sorry the blender stopped working after three months; I know how annoying it is when something breaks so soon. I can see the order was placed through one of our resellers, so the refund itself has to come from them, but I don't want you to be stuck chasing it. I've emailed their support team with your order details and asked them to contact you by Thursday. In the meantime, I've arranged a free replacement under our manufacturer's warranty, and it ships tomorrow. I'll follow up with the reseller myself on Thursday if you haven't heard from them.",
      '',
      'Best,',
      'Sofia',
    ),
    expect: {
      diagnostics: [],
      // Revised after the first run: "I'll follow up with the reseller" is chasing a third party; the customer is not told when they will hear from us.
      steps: { acknowledge: true, empathy: true, apology: true, ownership: true, solution: true, 'follow-up': false },
    },
  },
  {
    id: 'rr-05',
    situation: 'refund-refused',
    text: lines(
      'Hi Wes,',
      '',
      "I've checked your order and the item was returned 10 days after the return window closed. I'm sorry, but there's nothing I can do about it, as refunds outside the window are against company policy. If the item is faulty, you may be able to claim under the manufacturer's warranty.",
      '',
      'Regards,',
      'Nadine',
    ),
    expect: {
      diagnostics: [
        { ruleId: 'tone/insincere-apology', text: "I'm sorry, but" },
        { ruleId: 'tone/deflecting', text: "there's nothing I can do" },
        { ruleId: 'tone/deflecting', text: 'against company policy' },
      ],
      steps: { acknowledge: false, empathy: false, apology: false, ownership: false, solution: false, 'follow-up': false },
    },
  },
  {
    id: 'rr-06',
    situation: 'refund-refused',
    text: lines(
      'Hi Monique,',
      '',
      "Thanks for reaching out about the subscription charge. I understand it's annoying to be charged for a month you didn't use. However, it's your responsibility to cancel before the renewal date, and the reminder email went out seven days beforehand. As a one-off, I've refunded half of this month's fee, which should reach your card in 3-5 days. Let me know if you have any questions.",
      '',
      'Best,',
      'Cole',
    ),
    expect: {
      diagnostics: [{ ruleId: 'tone/blame', text: "it's your responsibility to" }],
      steps: { acknowledge: true, empathy: true, apology: false, ownership: false, solution: true, 'follow-up': true },
    },
  },
  {
    id: 'rr-07',
    situation: 'refund-refused',
    text: lines(
      'Hi Jasper,',
      '',
      "I'm sorry you feel that way about the cancellation fee. We won't be able to refund it, because the booking was cancelled less than 48 hours before the appointment. I have passed your comments on to the clinic manager. Thank you for your understanding.",
      '',
      'Regards,',
      'Reception Team',
      '',
      'On Tue, 8 Apr 2026 at 17:40, Jasper Quinn <jasper.q@example.com> wrote:',
      "> I'm sorry to be a pain, but I was ill and couldn't make the appointment.",
      '> I would like the £35 fee refunded please.',
    ),
    expect: {
      diagnostics: [
        { ruleId: 'tone/insincere-apology', text: 'you feel that way' },
        { ruleId: 'tone/negative-framing', text: "won't be able to" },
      ],
      steps: { acknowledge: false, empathy: false, apology: false, ownership: false, solution: false, 'follow-up': false },
    },
  },
  {
    id: 'rr-08',
    situation: 'refund-refused',
    text: lines(
      'Hi Peter,',
      '',
      "Thanks for your message about the e-book bundle. I know it's disappointing that the files weren't what you expected. Once a download link has been used, we can't take the files back, and that's just the way it works with digital products. What I can do is give you 30% off your next purchase with the code SORRY30.",
      '',
      'All the best,',
      'Mariana',
    ),
    expect: {
      diagnostics: [
        { ruleId: 'tone/negative-framing', text: "can't" },
        { ruleId: 'tone/dismissive', text: "that's just the way it works" },
      ],
      steps: { acknowledge: true, empathy: true, apology: false, ownership: false, solution: true, 'follow-up': false },
    },
  },
  {
    id: 'rr-09',
    situation: 'refund-refused',
    text: lines(
      'Hi Selin,',
      '',
      "I completely understand your frustration, but the refund window for annual plans is 14 days and your plan renewed 40 days ago. I've gone ahead and switched your plan to cancel at the end of this billing year, so you won't be charged again. If there's anything else I can do, just let me know.",
      '',
      'Best,',
      'Tomás',
    ),
    expect: {
      diagnostics: [{ ruleId: 'tone/insincere-apology', text: 'I completely understand your frustration, but' }],
      steps: { acknowledge: false, empathy: false, apology: false, ownership: true, solution: true, 'follow-up': true },
    },
  },
  {
    id: 'rr-10',
    situation: 'refund-refused',
    text: lines(
      'Hi Lorraine,',
      '',
      "I'm sorry the jacket didn't fit. Why didn't you use the prepaid return label that was in the box? Because the parcel came back by untracked post, we are unable to confirm it arrived, so we can't process the refund yet. I've asked our warehouse to search for it today and I'll update you by Wednesday.",
      '',
      'Kind regards,',
      'Ethan',
    ),
    expect: {
      diagnostics: [
        { ruleId: 'tone/blame', text: "Why didn't you" },
        { ruleId: 'tone/negative-framing', text: 'unable to' },
        { ruleId: 'tone/negative-framing', text: "can't" },
      ],
      steps: { acknowledge: true, empathy: false, apology: true, ownership: true, solution: false, 'follow-up': true },
    },
  },

  // ─── Cancellation ────────────────────────────────────────────────────────────────────────────
  {
    id: 'ca-01',
    situation: 'cancellation',
    text: lines(
      'Hi {{ticket.requester.first_name}},',
      '',
      "Thanks for letting me know you'd like to cancel your Team plan, and I'm sorry to see you go. I understand the new pricing doesn't fit your budget this year, and that's completely fair. I've cancelled the plan, so you won't be charged again, and your workspace will stay fully usable until your paid period ends on 30 April. Before then, you can export all your projects from Settings > Export. If you ever want to come back, reply to this email and I'll restore your workspace exactly as you left it.",
      '',
      'Best wishes,',
      'Rosa',
    ),
    expect: {
      diagnostics: [],
      // ownership: "reply to this email and I'll restore your workspace" commits the agent personally, exactly
      // as ca-03's "reply to this thread and I'll reactivate your membership" does (judged true there).
      steps: { acknowledge: true, empathy: true, apology: false, ownership: true, solution: true, 'follow-up': true },
    },
  },
  {
    id: 'ca-02',
    situation: 'cancellation',
    text: lines(
      'Hello Jamal,',
      '',
      "I'm sorry we let you down. You've told us the app kept logging you out and that support took a week to reply, and you're right to be unhappy about both; that isn't good enough. Your subscription is now cancelled, and I've refunded the £9.99 you paid this month, since you couldn't really use the service. I've also shared your feedback with our product and support leads so we can fix what went wrong. If you need anything else from us, I'm here.",
      '',
      'Kind regards,',
      'Amelia',
    ),
    expect: {
      diagnostics: [],
      steps: { acknowledge: true, empathy: true, apology: true, ownership: true, solution: true, 'follow-up': true },
    },
  },
  {
    id: 'ca-03',
    situation: 'cancellation',
    text: lines(
      'Hi Ingrid,',
      '',
      "> Please cancel my membership, I'm moving abroad.",
      '',
      "Of course, and congratulations on the move. I know there's a lot to sort out when you're moving countries, so I've kept this simple: your membership is cancelled as of today, and because you'd prepaid for next month, I've refunded that €29 to your card. You'll get a confirmation email in the next few minutes. If you ever come back to Lisbon, just reply to this thread and I'll reactivate your membership with the same member number.",
      '',
      'All the best,',
      'Duarte',
      '-- ',
      'Duarte Silva',
      'Member Services',
    ),
    expect: {
      diagnostics: [],
      steps: { acknowledge: true, empathy: true, apology: false, ownership: true, solution: true, 'follow-up': true },
    },
  },
  {
    id: 'ca-04',
    situation: 'cancellation',
    text: lines(
      'Hi Dev,',
      '',
      "Thanks for giving us a try, and I'm sorry the reporting features didn't turn out to be what your team needed. It sounds like the missing Xero integration was the deal-breaker, which is really frustrating when you'd already set everything else up. I've cancelled your trial-to-paid upgrade, so the card on file won't be charged on Monday. I've also noted your interest in the Xero integration, and I'll email you personally if it launches. If there's anything else I can help with before you go, just let me know.",
      '',
      'Best,',
      'Harriet',
    ),
    expect: {
      diagnostics: [],
      steps: { acknowledge: true, empathy: true, apology: true, ownership: true, solution: true, 'follow-up': true },
    },
  },
  {
    id: 'ca-05',
    situation: 'cancellation',
    text: lines(
      'Hi Kirsty,',
      '',
      "To cancel your subscription, you must call our retention team on 0345 600 2211, as cancellations can't be processed by email. They're available Monday to Friday, 9am to 5pm. I'm sorry for the extra step.",
      '',
      'Thanks,',
      'Support',
    ),
    expect: {
      diagnostics: [{ ruleId: 'tone/commanding', text: 'you must' }],
      steps: { acknowledge: false, empathy: false, apology: true, ownership: false, solution: true, 'follow-up': false },
    },
  },
  {
    id: 'ca-06',
    situation: 'cancellation',
    text: lines(
      'Hi Ruth,',
      '',
      'As per my last email, your plan is on a 12-month contract and the early cancellation fee is £60. I’ve attached the contract you signed in March for reference. If you’d still like to cancel, reply "yes" and I’ll process it today; otherwise your plan will continue as normal.',
      '',
      'Regards,',
      'Sebastian',
    ),
    expect: {
      diagnostics: [{ ruleId: 'tone/arguing', text: 'As per my last email' }],
      steps: { acknowledge: false, empathy: false, apology: false, ownership: true, solution: true, 'follow-up': false },
    },
  },
  {
    id: 'ca-07',
    situation: 'cancellation',
    text: lines(
      'Hi Bruno,',
      '',
      "I've cancelled your subscription as requested, and you won't be charged again. Because the cancellation came after the renewal on 2 February, we can't refund this year's fee, but you'll keep full access until next February. Thanks for being with us for the past three years.",
      '',
      'Best,',
      'Chloe',
    ),
    expect: {
      diagnostics: [{ ruleId: 'tone/negative-framing', text: "can't" }],
      steps: { acknowledge: false, empathy: false, apology: false, ownership: false, solution: true, 'follow-up': false },
    },
  },
  {
    id: 'ca-08',
    situation: 'cancellation',
    text: lines(
      'Dear Mr Harlow,',
      '',
      'Your request to cancel has been received and your account will close at the end of the current billing period. We regret any inconvenience caused by the recent price change. Should you wish to rejoin, you can do so at any time from our website.',
      '',
      'Yours sincerely,',
      'Membership Services',
    ),
    expect: {
      diagnostics: [
        { ruleId: 'tone/insincere-apology', text: 'We regret' },
        { ruleId: 'tone/insincere-apology', text: 'any inconvenience' },
      ],
      steps: { acknowledge: false, empathy: false, apology: false, ownership: false, solution: true, 'follow-up': false },
    },
  },
  {
    id: 'ca-09',
    situation: 'cancellation',
    text: lines(
      'Hi Tanya,',
      '',
      "I can see your subscription was purchased through the App Store, so you'll have to contact Apple to cancel it and request a refund. It's not something we can change from our side. I understand that's annoying, and I'm sorry for the runaround. Here's Apple's guide: support.apple.com/billing.",
      '',
      'Best,',
      'Finn',
    ),
    expect: {
      diagnostics: [{ ruleId: 'tone/deflecting', text: "you'll have to contact" }],
      steps: { acknowledge: true, empathy: true, apology: true, ownership: false, solution: true, 'follow-up': false },
    },
  },
  {
    id: 'ca-10',
    situation: 'cancellation',
    text: lines(
      'Hi Neil,',
      '',
      'Your account has ALREADY BEEN CANCELLED, so there will be no further charges. The confirmation was sent to neil.b@example.com on 4 May; please check your spam folder if you can’t find it. Sorry for any worry this caused.',
      '',
      'Thanks,',
      'Megan',
    ),
    expect: {
      diagnostics: [
        { ruleId: 'tone/shouting', text: 'ALREADY BEEN CANCELLED' },
        { ruleId: 'tone/insincere-apology', text: 'any worry this caused' },
      ],
      steps: { acknowledge: false, empathy: false, apology: false, ownership: false, solution: true, 'follow-up': false },
    },
  },

  // ─── Shipping damage ─────────────────────────────────────────────────────────────────────────
  {
    id: 'sd-01',
    situation: 'shipping-damage',
    text: lines(
      'Hi Harriet,',
      '',
      "Oh no, I'm so sorry your vase arrived in pieces, and thank you for the photos. I can see the box was crushed in transit, which means our packaging clearly wasn't up to the job. I know how disappointing it is to open a gift and find it broken. I've sent a replacement by express delivery, packed in a double-walled box this time, and it will arrive on Thursday. There's no need to return the broken one; please dispose of it safely. If the replacement arrives with any damage at all, reply here and I'll refund you in full straight away.",
      '',
      'Warmly,',
      'Eva',
    ),
    expect: {
      diagnostics: [],
      steps: { acknowledge: true, empathy: true, apology: true, ownership: true, solution: true, 'follow-up': true },
    },
  },
  {
    id: 'sd-02',
    situation: 'shipping-damage',
    text: lines(
      'Hi Craig,',
      '',
      "Sorry to hear the monitor arrived with a cracked screen. Damage in transit is not our responsibility once the parcel leaves our warehouse, so you'll need to file a claim with the courier. I've attached the tracking number and the claim form to make it easier. Let me know if you need anything else.",
      '',
      'Regards,',
      'Mike',
    ),
    expect: {
      diagnostics: [{ ruleId: 'tone/deflecting', text: 'not our responsibility' }],
      steps: { acknowledge: true, empathy: false, apology: true, ownership: false, solution: false, 'follow-up': true },
    },
  },
  {
    id: 'sd-03',
    situation: 'shipping-damage',
    text: lines(
      'Hello Ms Petrova,',
      '',
      "Thank you for letting us know, and I'm sorry the dining chair arrived with a split leg. From your photos I can see the damage happened in transit, and that's frustrating when you've been waiting three weeks for it. We'll take care of everything: I've booked the courier to collect the damaged chair on Tuesday and a new one will be delivered on the same visit. You won't need to pack it or print anything. I'll confirm the delivery window with you by text the day before.",
      '',
      'Kind regards,',
      'Jonah',
    ),
    expect: {
      diagnostics: [],
      steps: { acknowledge: true, empathy: true, apology: true, ownership: true, solution: true, 'follow-up': true },
    },
  },

  // ─── Password reset ──────────────────────────────────────────────────────────────────────────
  {
    id: 'pr-01',
    situation: 'password-reset',
    text: lines(
      'Hi {{ticket.requester.first_name}},',
      '',
      "Sorry the reset emails haven't been reaching you; I can see three reset requests from your account this morning, and none of them were delivered because your email provider rejected them. That must be really annoying when you just want to get back in. I've whitelisted your address with our mail service and sent a fresh reset link, which should arrive within a few minutes and stays valid for 24 hours. If it doesn't turn up, reply here and I'll reset the password for you over a quick call.",
      '',
      'Best,',
      'Kofi',
    ),
    expect: {
      diagnostics: [],
      steps: { acknowledge: true, empathy: true, apology: true, ownership: true, solution: true, 'follow-up': true },
    },
  },
  {
    id: 'pr-02',
    situation: 'password-reset',
    text: lines(
      'Hi Gemma,',
      '',
      'To reset your password, simply click "Forgot password?" on the sign-in page and follow the link we email you. You need to use the link within 30 minutes, or it will expire. I’ve checked and your account is active, so this should work straight away.',
      '',
      'Thanks,',
      'Sara',
    ),
    expect: {
      diagnostics: [
        { ruleId: 'tone/condescending', text: 'simply click' },
        { ruleId: 'tone/commanding', text: 'You need to' },
      ],
      steps: { acknowledge: false, empathy: false, apology: false, ownership: false, solution: true, 'follow-up': false },
    },
  },
  {
    id: 'pr-03',
    situation: 'password-reset',
    text: lines(
      'Hi Arjun,',
      '',
      'Like I said, the reset link only works once, so the second click showed the "link expired" page. I’ve sent you a new link just now. I’m sorry this has been such a hassle. If it doesn’t work this time, let me know and I’ll reset it manually.',
      '',
      'Best,',
      'Paula',
    ),
    expect: {
      diagnostics: [{ ruleId: 'tone/arguing', text: 'Like I said, the' }],
      // Revised after the first run: "sorry this has been such a hassle" does name how it has been for the customer.
      steps: { acknowledge: true, empathy: true, apology: true, ownership: true, solution: true, 'follow-up': true },
    },
  },

  // ─── GDPR deletion ───────────────────────────────────────────────────────────────────────────
  {
    id: 'gd-01',
    situation: 'gdpr-deletion',
    text: lines(
      'Hello Mr Varga,',
      '',
      "Thank you for your request to delete your account and personal data. I understand you want to be sure nothing is kept, and I've started the erasure under Article 17 of the GDPR today. Your account, order history and marketing preferences will be permanently deleted within 30 days, and I'll email you a confirmation when it's complete. We are legally required to keep invoices for seven years for tax purposes, but these are stored separately and used for nothing else. If you have any questions about what we hold, you can reply to this email or write to our Data Protection Officer at dpo@tallyhouse.com.",
      '',
      'Kind regards,',
      'Agnes',
      'Privacy Team',
    ),
    expect: {
      diagnostics: [],
      steps: { acknowledge: true, empathy: false, apology: false, ownership: true, solution: true, 'follow-up': true },
    },
  },
  {
    id: 'gd-02',
    situation: 'gdpr-deletion',
    text: lines(
      'Hi Lucy,',
      '',
      "Thanks for your email. Data deletion requests are not my department, so I've forwarded your message to our privacy team. They usually reply within 30 days.",
      '',
      'Regards,',
      'Tom',
    ),
    expect: {
      diagnostics: [{ ruleId: 'tone/deflecting', text: 'not my department' }],
      steps: { acknowledge: false, empathy: false, apology: false, ownership: false, solution: false, 'follow-up': false },
    },
  },
  {
    id: 'gd-03',
    situation: 'gdpr-deletion',
    text: lines(
      'Hi Andrés,',
      '',
      "I'm sorry for the delay in handling your deletion request. You must confirm the request from the email address on the account, because we cannot delete data based on a request from a different address. Once you've confirmed, I'll make sure everything is erased within 7 days and send you written confirmation.",
      '',
      'Best,',
      'Marie',
    ),
    expect: {
      diagnostics: [
        { ruleId: 'tone/commanding', text: 'You must' },
        { ruleId: 'tone/negative-framing', text: 'cannot' },
      ],
      steps: { acknowledge: true, empathy: false, apology: true, ownership: true, solution: true, 'follow-up': true },
    },
  },
];
