using HdndWorkflow.Domain.Invitations;
using HdndWorkflow.Domain.Replies;

namespace HdndWorkflow.Domain.Tests.Replies;

/// <summary>The classifier's rules one at a time (the corpus tests them together).</summary>
public sealed class ReplyClassifierTests
{
    [Fact]
    public void A_deputy_named_in_the_issue_is_read_with_name_and_title()
    {
        var reading = ReplyClassifier.Classify("Tôi bận, cử đồng chí Lê Văn B, Phó Chủ tịch HĐND phường dự thay");

        reading.Should().Be(new ReplyReading.SendDeputy(new Deputy("Lê Văn B", "Phó Chủ tịch HĐND phường", null)));
        reading.Response.Should().BeOfType<InvitationResponse.DeputySent>();
    }

    [Fact]
    public void A_mail_that_says_it_is_automatic_is_never_an_answer() =>
        ReplyClassifier.Classify("Xác nhận tham dự", automatic: true).Should().Be(new ReplyReading.Unclear(UnclearReason.AutoReply));

    [Theory]
    [InlineData("Tham dự ", UnclearReason.TooLong)]
    [InlineData("Tôi đang nghỉ phép, sẽ trả lời sau. ", UnclearReason.AutoReply)]
    public void A_huge_reply_is_never_an_answer(string repeated, UnclearReason reason)
    {
        // 32,000 characters of answer words, in the decomposed form some mail clients send (read whole, this took 40 s).
        var text = string.Concat(Enumerable.Repeat(repeated.Normalize(System.Text.NormalizationForm.FormD), 32_000 / repeated.Length));

        ReplyClassifier.Classify(text).Should().Be(new ReplyReading.Unclear(reason));
    }

    [Fact]
    public void A_reply_too_long_to_be_a_simple_answer_is_read_only_in_its_beginning()
    {
        // Reading the words takes time that grows with the square of their number, so a long reply is read only as far
        // as MaxLength: an out-of-office line after that is not seen, one before it is.
        var beginning = string.Concat(Enumerable.Repeat("Tham dự ", (ReplyClassifier.MaxLength / 8) + 1));
        const string outOfOffice = "Tôi đang nghỉ phép, sẽ trả lời sau.";

        ReplyClassifier.Classify(beginning + outOfOffice).Should().Be(new ReplyReading.Unclear(UnclearReason.TooLong));
        ReplyClassifier.Classify(outOfOffice + " " + beginning).Should().Be(new ReplyReading.Unclear(UnclearReason.AutoReply));
    }

    [Theory]
    [InlineData("Vâng ạ")]
    [InlineData("Dạ vâng, đã nhận")]
    public void Yes_words_alone_are_not_an_answer(string text) =>
        ReplyClassifier.Classify(text).Should().BeOfType<ReplyReading.Unclear>();

    [Theory]
    [InlineData("Xin vắng mặt vì tiếp xúc cử tri")]
    [InlineData("Không dự được vì trùng lịch giao ban")]
    public void Voters_and_briefings_in_a_reason_send_nobody(string text) =>
        ReplyClassifier.Classify(text).Should().BeOfType<ReplyReading.Decline>();

    [Fact]
    public void A_name_ending_in_K_is_no_negation() =>
        ReplyClassifier.Classify("Đồng chí Trần Văn K xác nhận tham dự.").Should().BeOfType<ReplyReading.Accept>();

    [Fact]
    public void A_deputy_without_a_title_is_left_to_the_organizer_with_what_was_found()
    {
        var reading = ReplyClassifier.Classify("Cử đồng chí Nguyễn Thị Hằng dự thay, email hang.nt@xa.gov.vn");

        reading.Should().Be(new ReplyReading.Unclear(UnclearReason.DeputyIncomplete, new Deputy("Nguyễn Thị Hằng", "", EmailAddress.From("hang.nt@xa.gov.vn"))));
    }

    [Theory]
    [InlineData("Tôi k tham gia được vì đang học lớp bồi dưỡng ở Huế", "Đang học lớp bồi dưỡng ở Huế")]
    [InlineData("Do lịch tiếp công dân định kỳ nên tôi xin phép vắng mặt", "Lịch tiếp công dân định kỳ")]
    public void The_reason_starts_at_the_first_because_and_not_inside_boi_duong(string text, string reason) =>
        ReplyClassifier.Classify(text).Should().Be(new ReplyReading.Decline(reason));

    [Fact]
    public void A_reason_longer_than_the_limit_is_cut_at_a_word()
    {
        var reading = (ReplyReading.Decline)ReplyClassifier.Classify("Không tham dự được vì " + string.Join(' ', Enumerable.Repeat("công việc", 100)));

        reading.Reason!.Length.Should().BeLessThanOrEqualTo(ReplyClassifier.MaxReasonLength + 1);
        reading.Reason.Should().EndWith("\u2026");
    }
}
