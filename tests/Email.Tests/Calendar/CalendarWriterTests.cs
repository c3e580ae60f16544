using System.Text;
using HdndWorkflow.Domain;
using HdndWorkflow.Domain.Calendar;
using HdndWorkflow.Domain.Conferences;
using NodaTime;

namespace HdndWorkflow.Email.Tests.Calendar;

public sealed class CalendarWriterTests
{
    private static readonly Uri Link = new("https://hdnd.example.vn/xac-nhan/abc123");

    [Fact]
    public void Invitation_has_every_property_Outlook_and_Gmail_need_for_Accept_and_Decline()
    {
        var conference = Conferences.Conference();
        var ics = Write(CalendarMethod.Request, ConferenceCalendar.For(conference, Conferences.Binh, CalendarMethod.Request, Conferences.Organizer, Conferences.Stamp, Link));

        var lines = Unfold(ics);
        lines.Take(6).Should().Equal(
            "BEGIN:VCALENDAR",
            "PRODID:" + CalendarWriter.ProductId,
            "VERSION:2.0",
            "CALSCALE:GREGORIAN",
            "METHOD:REQUEST",
            "BEGIN:VEVENT");
        lines.Should().Contain("UID:00000064-0000-0000-0000-000000000000@hdndworkflow");
        lines.Should().Contain("SEQUENCE:0");
        lines.Should().Contain("DTSTAMP:20240725T030000Z");
        lines.Should().Contain("DTSTART:20240802T003000Z", "07:30 in Vietnam (UTC+7) is 00:30 UTC");
        lines.Should().Contain("DTEND:20240802T043000Z");
        lines.Should().Contain("ORGANIZER;CN=Văn phòng Đoàn ĐBQH và HĐND tỉnh:mailto:vanphong@hdnd.example.vn");
        lines.Should().Contain("ATTENDEE;CN=Trần Văn Bình;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:binh.tv@example.vn");
        lines.Should().Contain("STATUS:CONFIRMED");
        lines.Should().Contain("URL:" + Link.AbsoluteUri);
        lines.Should().Contain(line => line.StartsWith("SUMMARY:Hội nghị trao đổi kinh nghiệm hoạt động giữa Thường trực HĐND tỉnh", StringComparison.Ordinal));
        lines.Should().Contain(@"LOCATION:Hội trường UBND thị xã Cửa Lò\, Đường Bình Minh\, thị xã Cửa Lò");
        lines.Should().ContainSingle(line => line.StartsWith("ATTENDEE", StringComparison.Ordinal), "each recipient's copy names only that recipient");
        lines.TakeLast(2).Should().Equal("END:VEVENT", "END:VCALENDAR");
        CalendarMethod.Request.ContentType().Should().Be("text/calendar; method=REQUEST");
    }

    [Fact]
    public void Description_states_the_Vietnam_time_place_chairs_and_the_personal_link()
    {
        var conference = Conferences.Conference();
        var ics = Write(CalendarMethod.Request, ConferenceCalendar.For(conference, Conferences.Binh, CalendarMethod.Request, Conferences.Organizer, Conferences.Stamp, Link));

        var description = Unfold(ics).Single(line => line.StartsWith("DESCRIPTION:", StringComparison.Ordinal));
        description.Should().Contain(@"\nThời gian: 7 giờ 30 – 11 giờ 30\, thứ Sáu\, ngày 02/08/2024\n");
        description.Should().Contain(@"Địa điểm: Hội trường UBND thị xã Cửa Lò\, Đường Bình Minh\, thị xã Cửa Lò");
        description.Should().Contain(@"Đồng chủ trì: Nguyễn Văn An – Ủy viên BTV Tỉnh ủy\, Phó Chủ tịch Thường trực HĐND tỉnh\; Nguyễn Văn Khôi");
        description.Should().EndWith(@"\nXác nhận tham dự: " + Link.AbsoluteUri);
    }

    [Fact]
    public void Every_line_ends_in_CRLF_and_is_at_most_75_octets()
    {
        var ics = CalendarWriter.WriteUtf8(CalendarMethod.Request, ConferenceCalendar.For(
            Conferences.Conference(), Conferences.Binh, CalendarMethod.Request, Conferences.Organizer, Conferences.Stamp, Link));

        ics.AsSpan(0, 3).SequenceEqual(Encoding.UTF8.Preamble).Should().BeFalse("an .ics file carries no byte-order mark");
        ics.Should().EndWith("\r\n"u8.ToArray());
        foreach (var line in PhysicalLines(ics))
        {
            line.Length.Should().BeLessThanOrEqualTo(75);
            line.Should().NotContain((byte)'\r').And.NotContain((byte)'\n', "line breaks only come as CRLF pairs");
        }
    }

    [Fact]
    public void Long_Vietnamese_text_is_folded_between_characters_and_unfolds_to_the_original()
    {
        const string description =
            "Kết luận hội nghị, đồng chí Phó Chủ tịch Thường trực HĐND tỉnh đề nghị Thường trực HĐND các huyện, thành phố, " +
            "thị xã tiếp tục đổi mới nội dung, phương thức hoạt động; nâng cao chất lượng kỳ họp, hoạt động giám sát, " +
            "tiếp xúc cử tri và giải quyết kiến nghị của cử tri; tăng cường phối hợp với Ủy ban MTTQ Việt Nam cùng cấp.";
        var ics = CalendarWriter.WriteUtf8(CalendarMethod.Request, Conferences.Event(description));

        var lines = PhysicalLines(ics);
        var strict = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
        foreach (var line in lines)
        {
            line.Length.Should().BeLessThanOrEqualTo(75);
            var decode = () => strict.GetString(line);
            decode.Should().NotThrow("no UTF-8 sequence may be split across lines");
        }

        var descriptionLines = lines.SkipWhile(l => !strict.GetString(l).StartsWith("DESCRIPTION:", StringComparison.Ordinal))
            .TakeWhile((l, i) => i == 0 || l[0] == (byte)' ').ToList();
        descriptionLines.Count.Should().BeGreaterThan(4);
        descriptionLines.Skip(1).Should().OnlyContain(l => l[0] == (byte)' ', "continuation lines start with one space");
        Unfold(Encoding.UTF8.GetString(ics)).Should().Contain("DESCRIPTION:" + description.Replace(",", @"\,", StringComparison.Ordinal).Replace(";", @"\;", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void Folding_never_splits_a_three_or_four_byte_sequence_whatever_the_offset(int asciiPrefix)
    {
        // "ệ" is three bytes in UTF-8, "𝄞" four (a surrogate pair in UTF-16).
        var text = new string('a', asciiPrefix) + string.Concat(Enumerable.Repeat("Nghệ An 𝄞 tiếp xúc cử tri ", 12));
        var ics = CalendarWriter.WriteUtf8(CalendarMethod.Request, Conferences.Event(text));

        var strict = new UTF8Encoding(false, true);
        foreach (var line in PhysicalLines(ics))
        {
            line.Length.Should().BeLessThanOrEqualTo(75);
            strict.GetString(line).Should().NotContain("\uFFFD");
        }

        Unfold(Encoding.UTF8.GetString(ics)).Should().Contain("DESCRIPTION:" + text);
    }

    [Fact]
    public void Text_values_escape_backslash_semicolon_comma_and_line_breaks()
    {
        var e = Conferences.Event("a\\b;c,d\r\ne\nf\rg\u0007h") with { Summary = "Hội nghị; lần 5, \"đặc biệt\"", Location = "Phòng 2\\3" };
        var lines = Unfold(CalendarWriter.Write(CalendarMethod.Request, e));

        lines.Should().Contain(@"DESCRIPTION:a\\b\;c\,d\ne\nf\ng" + "h", "a control character other than a line break is dropped");
        lines.Should().Contain("SUMMARY:Hội nghị\\; lần 5\\, \"đặc biệt\"");
        lines.Should().Contain(@"LOCATION:Phòng 2\\3");
    }

    [Fact]
    public void A_common_name_with_a_comma_is_quoted_and_loses_its_double_quotes()
    {
        var e = Conferences.Event() with
        {
            Attendee = new CalendarParty("Thường trực HĐND các xã, thị trấn \"mới\"", EmailAddress.From("vanphong.xa@example.vn")),
        };
        var lines = Unfold(CalendarWriter.Write(CalendarMethod.Request, e));

        lines.Should().Contain("ATTENDEE;CN=\"Thường trực HĐND các xã, thị trấn 'mới'\";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:vanphong.xa@example.vn");
    }

    [Fact]
    public void Decomposed_Vietnamese_is_written_precomposed()
    {
        var decomposed = "Nghe\u0302\u0323 An".Normalize(NormalizationForm.FormD);
        var lines = Unfold(CalendarWriter.Write(CalendarMethod.Request, Conferences.Event() with { Summary = decomposed }));

        lines.Should().Contain("SUMMARY:Nghệ An");
    }

    [Fact]
    public void An_update_keeps_the_UID_and_raises_the_SEQUENCE()
    {
        var first = Conferences.Conference();
        var moved = first.Reschedule(
            new Schedule(new LocalDate(2024, 8, 9), new LocalTime(14, 0), new LocalTime(17, 0)),
            new RegistrationDeadline(new LocalDateTime(2024, 8, 7, 17, 0)),
            Conferences.Stamp).Value!;

        var original = Unfold(Write(CalendarMethod.Request, ConferenceCalendar.For(first, Conferences.Binh, CalendarMethod.Request, Conferences.Organizer, Conferences.Stamp)));
        var update = Unfold(Write(CalendarMethod.Request, ConferenceCalendar.For(moved, Conferences.Binh, CalendarMethod.Request, Conferences.Organizer, Conferences.Stamp + Duration.FromHours(1))));

        update.Should().Contain(original.Single(l => l.StartsWith("UID:", StringComparison.Ordinal)));
        original.Should().Contain("SEQUENCE:0");
        update.Should().Contain("SEQUENCE:1").And.Contain("METHOD:REQUEST").And.Contain("STATUS:CONFIRMED");
        update.Should().Contain("DTSTART:20240809T070000Z").And.Contain("DTSTAMP:20240725T040000Z");
    }

    [Fact]
    public void A_cancellation_has_METHOD_CANCEL_STATUS_CANCELLED_the_same_UID_and_a_higher_SEQUENCE()
    {
        var conference = Conferences.Conference() with { Revision = 2 };
        var cancel = Unfold(Write(CalendarMethod.Cancel, ConferenceCalendar.For(conference, Conferences.Binh, CalendarMethod.Cancel, Conferences.Organizer, Conferences.Stamp, Link)));

        cancel.Should().Contain("METHOD:CANCEL").And.Contain("STATUS:CANCELLED").And.Contain("SEQUENCE:3");
        cancel.Should().Contain("UID:" + ConferenceCalendar.Uid(conference.Id));
        cancel.Should().Contain("ATTENDEE;CN=Trần Văn Bình;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE:mailto:binh.tv@example.vn");
        cancel.Should().NotContain(line => line.StartsWith("URL:", StringComparison.Ordinal), "a cancelled conference has nothing to confirm");
        cancel.Single(l => l.StartsWith("DESCRIPTION:", StringComparison.Ordinal)).Should().StartWith("DESCRIPTION:Hội nghị đã bị hủy.\\n");
        CalendarMethod.Cancel.ContentType().Should().Be("text/calendar; method=CANCEL");
    }

    [Fact]
    public void The_UID_is_the_same_for_every_recipient_and_only_the_ATTENDEE_differs()
    {
        var conference = Conferences.Conference();
        var toBinh = Unfold(Write(CalendarMethod.Request, ConferenceCalendar.For(conference, Conferences.Binh, CalendarMethod.Request, Conferences.Organizer, Conferences.Stamp)));
        var toCommunes = Unfold(Write(CalendarMethod.Request, ConferenceCalendar.For(conference, Conferences.Communes, CalendarMethod.Request, Conferences.Organizer, Conferences.Stamp)));

        toBinh.Except(toCommunes).Should().ContainSingle().Which.Should().StartWith("ATTENDEE;CN=Trần Văn Bình");
        toCommunes.Except(toBinh).Should().ContainSingle().Which.Should().StartWith("ATTENDEE;CN=\"Thường trực HĐND các xã, thị trấn\"");
    }

    [Fact]
    public void The_same_input_gives_the_same_bytes()
    {
        var e = ConferenceCalendar.For(Conferences.Conference(), Conferences.Binh, CalendarMethod.Request, Conferences.Organizer, Conferences.Stamp, Link);

        CalendarWriter.WriteUtf8(CalendarMethod.Request, e).Should().Equal(CalendarWriter.WriteUtf8(CalendarMethod.Request, e));
    }

    [Fact]
    public void An_organizer_who_is_also_the_attendee_is_refused()
    {
        var e = Conferences.Event() with { Attendee = new CalendarParty("Văn phòng", EmailAddress.From("VanPhong@HDND.example.vn")) };

        var write = () => CalendarWriter.Write(CalendarMethod.Request, e);

        write.Should().Throw<ArgumentException>().WithMessage("*same address*Accept/Decline*");
    }

    [Fact]
    public void An_event_that_ends_before_it_starts_or_has_a_negative_sequence_is_refused()
    {
        var backwards = Conferences.Event() with { End = Conferences.Event().Start - Duration.FromHours(1) };
        var negative = Conferences.Event() with { Sequence = -1 };

        FluentActions.Invoking(() => CalendarWriter.Write(CalendarMethod.Request, backwards)).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => CalendarWriter.Write(CalendarMethod.Request, negative)).Should().Throw<ArgumentException>();
    }

    private static string Write(CalendarMethod method, CalendarEvent e) => CalendarWriter.Write(method, e);

    /// <summary>The logical lines: CRLF followed by a space joins (RFC 5545 §3.1 unfolding).</summary>
    private static List<string> Unfold(string ics) =>
        [.. ics.Replace("\r\n ", string.Empty, StringComparison.Ordinal).Split("\r\n").Where(l => l.Length > 0)];

    private static List<byte[]> PhysicalLines(byte[] ics)
    {
        var lines = new List<byte[]>();
        var start = 0;
        for (var i = 0; i + 1 < ics.Length; i++)
        {
            if (ics[i] == '\r' && ics[i + 1] == '\n')
            {
                lines.Add(ics[start..i]);
                start = i + 2;
                i++;
            }
        }

        start.Should().Be(ics.Length, "the object ends with CRLF");
        return lines;
    }
}
