using NodaTime;

namespace HdndWorkflow.Domain.Councils;

/// <summary>A five-year council term (nhiệm kỳ), written "2021 – 2026".</summary>
public readonly record struct Term(int StartYear)
{
    /// <summary>
    /// Nationwide election days; each term runs from one to the next (the 2021–2026 term until 15 March 2026).
    /// Beyond the table, terms are assumed to follow every five years on the same calendar day as the nearest known
    /// election; add the real date here once it is announced.
    /// </summary>
    private static readonly LocalDate[] ElectionDays =
    [
        new(2011, 5, 22),
        new(2016, 5, 22),
        new(2021, 5, 23),
        new(2026, 3, 15),
    ];

    public int EndYear => StartYear + 5;

    /// <summary>The term in force on the date: 02/08/2024 → 2021 – 2026; 15/03/2026 → 2026 – 2031.</summary>
    public static Term Containing(LocalDate date)
    {
        var first = ElectionDays[0];
        var last = ElectionDays[^1];
        if (date >= last)
        {
            var start = last;
            while (date >= start.PlusYears(5))
            {
                start = start.PlusYears(5);
            }

            return new Term(start.Year);
        }

        if (date < first)
        {
            var start = first;
            while (date < start)
            {
                start = start.PlusYears(-5);
            }

            return new Term(start.Year);
        }

        return new Term(ElectionDays.Last(election => election <= date).Year);
    }

    /// <summary>"2021 – 2026", with an en dash between spaces.</summary>
    public override string ToString() => $"{StartYear} \u2013 {EndYear}";
}
