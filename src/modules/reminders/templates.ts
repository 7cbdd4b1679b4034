import { type Decimal, formatMoney } from '../../money/money.js';

/** One invoice as a reminder shows it. */
export interface ReminderLine {
  number: string;
  issueDate: Date;
  dueDate: Date;
  total: Decimal;
  due: Decimal;
  currency: string;
  daysOverdue: number;
  lateInterest: Decimal;
}

export type ReminderTone = 'COURTESY' | 'REMINDER' | 'FINAL_NOTICE' | 'PARTIAL_FOLLOW_UP';

export interface ReminderText {
  subject: string;
  body: string;
}

const day = (date: Date) => date.toISOString().slice(0, 10);

/** Reminder texts in the customer's language: Romanian ("ro", the default) or English ("en"). */
export function reminderText(
  language: string,
  tone: ReminderTone,
  data: {
    customerName: string;
    companyName: string;
    lines: ReminderLine[];
    /** Whether reminders about these invoices were sent before (a final notice says so only then). */
    earlierReminders: boolean;
  },
): ReminderText {
  const en = language === 'en';
  const { lines } = data;
  const numbers = lines.map((line) => line.number).join(', ');
  const money = (amount: Decimal, currency: string) => `${formatMoney(amount, currency)} ${currency}`;
  const subject = en
    ? {
        COURTESY: `Invoice ${numbers} falls due soon`,
        REMINDER: `Payment reminder: invoice${lines.length > 1 ? 's' : ''} ${numbers}`,
        FINAL_NOTICE: `Final notice: invoice${lines.length > 1 ? 's' : ''} ${numbers}`,
        PARTIAL_FOLLOW_UP: `Balance left on invoice ${numbers}`,
      }[tone]
    : {
        COURTESY: `Factura ${numbers} ajunge la scadență`,
        REMINDER: `Reamintire de plată: ${lines.length > 1 ? 'facturile' : 'factura'} ${numbers}`,
        FINAL_NOTICE: `Ultima notificare: ${lines.length > 1 ? 'facturile' : 'factura'} ${numbers}`,
        PARTIAL_FOLLOW_UP: `Rest de plată pe factura ${numbers}`,
      }[tone];
  const opening = en
    ? {
        COURTESY: 'This is a friendly note that the following invoice falls due soon:',
        REMINDER: 'According to our records, the following is overdue:',
        FINAL_NOTICE: data.earlierReminders
          ? 'Despite our earlier reminders, the following is still unpaid. This is our final notice:'
          : 'The following is still unpaid. This is our final notice:',
        PARTIAL_FOLLOW_UP: 'Thank you for your payment. The following balance is still open:',
      }[tone]
    : {
        COURTESY: 'Vă reamintim că următoarea factură ajunge în curând la scadență:',
        REMINDER: 'Conform evidențelor noastre, următoarele sume sunt restante:',
        FINAL_NOTICE: data.earlierReminders
          ? 'În ciuda notificărilor anterioare, următoarele sume sunt încă neachitate. Aceasta este ultima notificare:'
          : 'Următoarele sume sunt încă neachitate. Aceasta este ultima notificare:',
        PARTIAL_FOLLOW_UP: 'Vă mulțumim pentru plată. A rămas de achitat:',
      }[tone];
  const rows = lines.map((line) => {
    const days = line.daysOverdue;
    const late =
      days > 0
        ? en
          ? `, ${days} ${days === 1 ? 'day' : 'days'} overdue`
          : `, ${days} ${days === 1 ? 'zi' : 'zile'} de întârziere`
        : '';
    const interest = line.lateInterest.isZero()
      ? ''
      : en
        ? `; late interest ${money(line.lateInterest, line.currency)}`
        : `; penalități de întârziere ${money(line.lateInterest, line.currency)}`;
    return en
      ? `- Invoice ${line.number} of ${day(line.issueDate)}, due ${day(line.dueDate)}: total ${money(line.total, line.currency)}, still due ${money(line.due, line.currency)}${late}${interest}`
      : `- Factura ${line.number} din ${day(line.issueDate)}, scadentă ${day(line.dueDate)}: total ${money(line.total, line.currency)}, rest de plată ${money(line.due, line.currency)}${late}${interest}`;
  });
  const totals = new Map<string, Decimal>();
  for (const line of lines)
    totals.set(line.currency, (totals.get(line.currency) ?? line.due.minus(line.due)).plus(line.due));
  const total = [...totals].map(([currency, amount]) => money(amount, currency)).join(' + ');
  const closing = en
    ? `Total still due: ${total}.\n\nIf you have already paid, please disregard this message.\n\nKind regards,\n${data.companyName}`
    : `Total de plată: ${total}.\n\nDacă ați efectuat deja plata, vă rugăm să ignorați acest mesaj.\n\nCu stimă,\n${data.companyName}`;
  const greeting = en ? `Dear ${data.customerName},` : `Stimate client ${data.customerName},`;
  return { subject, body: [greeting, '', opening, ...rows, '', closing].join('\n') };
}
