using System.Text;
using HdndWorkflow.Domain.Calendar;
using HdndWorkflow.Email.Inbound;
using HdndWorkflow.Email.Tests.Calendar;
using HdndWorkflow.Testing;

namespace HdndWorkflow.Email.Tests.Inbound;

public sealed class CalendarReplyTests
{
    private const string Uid = "00000064-0000-0000-0000-000000000000@hdndworkflow";
    private const string Organizer = "tra-loi+abc@reply.hdnd.example.vn";

    public static TheoryData<string, string, CalendarAnswer> Samples() => new()
    {
        { "outlook", "ACCEPTED", CalendarAnswer.Accepted },
        { "outlook", "TENTATIVE", CalendarAnswer.Tentative },
        { "outlook", "DECLINED", CalendarAnswer.Declined },
        { "gmail", "ACCEPTED", CalendarAnswer.Accepted },
        { "gmail", "TENTATIVE", CalendarAnswer.Tentative },
        { "gmail", "DECLINED", CalendarAnswer.Declined },
        { "apple", "ACCEPTED", CalendarAnswer.Accepted },
        { "apple", "TENTATIVE", CalendarAnswer.Tentative },
        { "apple", "DECLINED", CalendarAnswer.Declined },
    };

    [Theory]
    [MemberData(nameof(Samples))]
    public void Replies_of_Outlook_Gmail_and_Apple_are_read(string client, string partstat, CalendarAnswer answer)
    {
        var ics = client switch
        {
            "outlook" => CalendarReplies.Outlook(Uid, 2, "an.nv@haiphu.gov.vn", partstat, Organizer),
            "gmail" => CalendarReplies.Gmail(Uid, 2, "an.nv@haiphu.gov.vn", partstat, Organizer),
            _ => CalendarReplies.Apple(Uid, 2, "an.nv@haiphu.gov.vn", partstat, Organizer),
        };

        CalendarReply.Read(Encoding.UTF8.GetBytes(ics)).Should().Be(new CalendarReply(Uid, 2, "an.nv@haiphu.gov.vn", answer));
    }

    [Theory]
    [InlineData("")]
    [InlineData("not a calendar at all")]
    [InlineData("BEGIN:VCALENDAR\r\nMETHOD:REPLY\r\nBEGIN:VEVENT\r\nUID:x\r\nEND:VCALENDAR\r\n")]
    [InlineData("BEGIN:VCALENDAR\r\nMETHOD:REPLY\r\nBEGIN:VEVENT\r\nUID:x\r\nATTENDEE;PARTSTAT=NEEDS-ACTION:mailto:a@b.vn\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")]
    [InlineData("BEGIN:VCALENDAR\r\nMETHOD:REPLY\r\nBEGIN:VEVENT\r\nUID:x\r\nDTSTART:2025-07-31\r\nATTENDEE;PARTSTAT=ACCEPTED:urn:uuid:1\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")]
    public void Anything_but_a_reply_with_an_answer_is_none(string ics) =>
        CalendarReply.Read(Encoding.UTF8.GetBytes(ics)).Should().BeNull();

    [Fact]
    public void An_invitation_is_not_a_reply()
    {
        var conference = Conferences.Conference();
        var request = CalendarWriter.WriteUtf8(CalendarMethod.Request, ConferenceCalendar.For(conference, Conferences.Binh, CalendarMethod.Request, Conferences.Organizer, Conferences.Stamp));

        CalendarReply.Read(request).Should().BeNull();
    }

    [Fact]
    public void Ical_Net_reads_the_invitation_this_project_writes_as_Outlook_and_Gmail_must()
    {
        var conference = Conferences.Conference();
        var ics = CalendarWriter.Write(CalendarMethod.Request, ConferenceCalendar.For(conference, Conferences.Communes, CalendarMethod.Request, Conferences.Organizer, Conferences.Stamp, new Uri("https://hdnd.example.vn/xac-nhan/abc")));

        var calendar = Ical.Net.Calendar.Load(ics)!;
        calendar.Method.Should().Be("REQUEST");
        var calendarEvent = calendar.Events.Should().ContainSingle().Subject;
        calendarEvent.Uid.Should().Be(Uid);
        calendarEvent.Sequence.Should().Be(0);
        calendarEvent.Summary.Should().Be(conference.Title);
        calendarEvent.Location.Should().Be("Hội trường UBND thị xã Cửa Lò, Đường Bình Minh, thị xã Cửa Lò");
        calendarEvent.DtStart!.AsUtc.Should().Be(new DateTime(2024, 8, 2, 0, 30, 0, DateTimeKind.Utc));
        calendarEvent.Organizer!.Value.Should().Be(new Uri("mailto:vanphong@hdnd.example.vn"));
        var attendee = calendarEvent.Attendees.Should().ContainSingle().Subject;
        attendee.CommonName.Should().Be("Thường trực HĐND các xã, thị trấn", "a name with a comma survives quoting");
        attendee.Rsvp.Should().BeTrue();
        attendee.ParticipationStatus.Should().Be("NEEDS-ACTION");
        calendarEvent.Description.Should().Contain("Xác nhận tham dự: https://hdnd.example.vn/xac-nhan/abc");
    }
}
