using System.Globalization;
using HdndWorkflow.Domain.Replies;
using Xunit.Abstractions;

namespace HdndWorkflow.Domain.Tests.Replies;

/// <summary>
/// The classifier on the corpus of replies, as the inbound route reads them: new text cut from the history, the
/// subject's own words, then the classifier. Its figures are printed; the bar is no wrong acceptance or refusal at all
/// (what it cannot read goes to the organizer) and at least 90% of the clear replies recognised.
/// </summary>
public sealed class ReplyClassifierCorpusTests(ITestOutputHelper output)
{
    private const string ConferenceTitle = "Hội nghị trao đổi kinh nghiệm lần thứ năm";

    public static TheoryData<string> Names() => [.. ReplyCorpus.All.Select(reply => reply.Name)];

    [Fact]
    public void The_corpus_has_at_least_sixty_replies_of_every_kind()
    {
        ReplyCorpus.All.Should().HaveCountGreaterThanOrEqualTo(60);
        ReplyCorpus.All.Select(r => r.Name).Should().OnlyHaveUniqueItems();
        ReplyCorpus.All.Select(r => r.Expected.GetType()).Distinct().Should().HaveCount(4);
    }

    [Fact]
    public void Figures_no_wrong_acceptance_or_refusal_and_at_least_ninety_percent_recognised()
    {
        var results = ReplyCorpus.All.Select(reply => (Reply: reply, Reading: Read(reply))).ToList();
        var clear = results.Where(r => r.Reply.Expected is not Expected.Unclear).ToList();
        var recognised = clear.Count(r => Matches(r.Reply.Expected, r.Reading));
        var wrongAccepts = results.Where(r => r.Reading is ReplyReading.Accept && r.Reply.Expected is not Expected.Accept).ToList();
        var wrongDeclines = results.Where(r => r.Reading is ReplyReading.Decline && r.Reply.Expected is not Expected.Decline).ToList();
        var wrongDeputies = results.Where(r => r.Reading is ReplyReading.SendDeputy && !Matches(r.Reply.Expected, r.Reading)).ToList();
        var unclearKept = results.Count(r => r.Reply.Expected is Expected.Unclear && r.Reading is ReplyReading.Unclear);
        var rate = (double)recognised / clear.Count;

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Replies: {results.Count} ({clear.Count} clear, {results.Count - clear.Count} for the organizer)"));
        foreach (var kind in new[] { typeof(Expected.Accept), typeof(Expected.Decline), typeof(Expected.Deputy) })
        {
            var ofKind = clear.Where(r => r.Reply.Expected.GetType() == kind).ToList();
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {kind.Name,-8} {ofKind.Count(r => Matches(r.Reply.Expected, r.Reading)),3} of {ofKind.Count,3} recognised"));
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Recognised: {recognised} of {clear.Count} = {rate:P1}"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Unclear kept for the organizer: {unclearKept} of {results.Count - clear.Count}"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Wrong acceptances: {wrongAccepts.Count}, wrong refusals: {wrongDeclines.Count}, wrong deputies: {wrongDeputies.Count}"));
        foreach (var (reply, reading) in results.Where(r => !Matches(r.Reply.Expected, r.Reading)))
        {
            output.WriteLine($"  sent to the organizer or misread: \"{reply.Name}\" → {reading}");
        }

        wrongAccepts.Select(r => r.Reply.Name).Should().BeEmpty("an acceptance is never guessed");
        wrongDeclines.Select(r => r.Reply.Name).Should().BeEmpty("a refusal is never guessed");
        wrongDeputies.Select(r => r.Reply.Name).Should().BeEmpty("a deputy is recorded only as written");
        rate.Should().BeGreaterThanOrEqualTo(0.9);
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Each_reply_is_never_read_as_another_answer(string name)
    {
        var reply = ReplyCorpus.All.Single(r => r.Name == name);
        var reading = Read(reply);

        // Recognised, or left to the organizer; never a different answer.
        (Matches(reply.Expected, reading) || (reading is ReplyReading.Unclear && reply.Expected is not Expected.Unclear))
            .Should().BeTrue($"\"{name}\" was read as {reading}");
    }

    private static ReplyReading Read(CorpusReply reply) =>
        ReplyClassifier.Classify(ReplyText.NewText(reply.Body), ReplySubject.UserPart(reply.Subject, ConferenceTitle));

    private static bool Matches(Expected expected, ReplyReading reading) => (expected, reading) switch
    {
        (Expected.Accept, ReplyReading.Accept) => true,
        (Expected.Unclear, ReplyReading.Unclear) => true,
        (Expected.Decline { Reason: null }, ReplyReading.Decline) => true,
        (Expected.Decline { Reason: var reason }, ReplyReading.Decline { Reason: { } read }) =>
            string.Equals(reason, read, StringComparison.OrdinalIgnoreCase),
        (Expected.Deputy deputy, ReplyReading.SendDeputy { Deputy: var read }) =>
            read.Name == deputy.Name && read.Title == deputy.Title && read.Email?.Value == deputy.Email,
        _ => false,
    };
}
