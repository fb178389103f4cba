import { REVIEW_PERIODS } from "@/lib/content/fact-review";
import { plural } from "@/lib/format";

/**
 * "Flag facts older than [12 months]": the review periods a teacher picks from, on the course's
 * facts page (a GET form, `defaultValue`) and a draft's (controlled, `value` and `onChange`).
 */
export function ReviewPeriodField({ id, ...select }: { id: string; name?: string; defaultValue?: string; value?: number; onChange?: (months: number) => void }) {
  const { onChange, ...rest } = select;
  return (
    <div className="field">
      <label htmlFor={id}>Flag facts older than</label>
      <select id={id} className="input" {...rest} onChange={onChange && ((e) => onChange(Number(e.target.value)))}>
        {REVIEW_PERIODS.map((m) => (
          <option key={m} value={m}>
            {plural(m, "month")}
          </option>
        ))}
      </select>
    </div>
  );
}
