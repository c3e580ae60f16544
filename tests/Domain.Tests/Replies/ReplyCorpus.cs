using static HdndWorkflow.Domain.Tests.Replies.ReplyQuotes;

namespace HdndWorkflow.Domain.Tests.Replies;

/// <summary>What a reply of the corpus should be read as.</summary>
public abstract record Expected
{
    public sealed record Accept : Expected;

    /// <summary>A refusal; <paramref name="Reason"/>, when given, is the reason that must be read (compared without case).</summary>
    public sealed record Decline(string? Reason = null) : Expected;

    public sealed record Deputy(string Name, string Title, string? Email = null) : Expected;

    public sealed record Unclear : Expected;
}

/// <summary>One reply as it arrives: its subject and its body with whatever history the client added.</summary>
public sealed record CorpusReply(string Name, string Body, Expected Expected, string Subject = "Re: Giấy mời: Hội nghị trao đổi kinh nghiệm lần thứ năm");

/// <summary>
/// Replies to an invitation written for the tests the way officials write them: from a phone or a desk, with and
/// without diacritics, polite or terse, with typos and Telex left on, under the history of Gmail, Outlook, Zimbra and
/// Apple Mail, forwarded, signed, ambiguous, automatic. Each with what it must be read as; "unclear" means the
/// organizer must read it.
/// </summary>
public static class ReplyCorpus
{
    private static readonly Expected Accept = new Expected.Accept();
    private static readonly Expected Unclear = new Expected.Unclear();

    public static IReadOnlyList<CorpusReply> All { get; } =
    [
        // Acceptances.
        new("plain", "Xác nhận tham dự.", Accept),
        new("gmail, greeting and signature", "Kính gửi Văn phòng,\nTôi xác nhận sẽ tham dự hội nghị.\nTrân trọng,\nNguyễn Văn An\nChủ tịch HĐND xã Hải Phú" + Gmail, Accept),
        new("no diacritics", "xac nhan tham du", Accept),
        new("polite phone reply", "Dạ, em xác nhận tham dự ạ." + AppleMail, Accept),
        new("will be there on time", "Tôi sẽ có mặt đúng giờ.", Accept),
        new("agree, with thanks", "Đồng ý tham dự. Cảm ơn Văn phòng.", Accept),
        new("ok and attend", "OK, tôi tham dự.", Accept),
        new("bare confirmation", "Xác nhận." + Outlook, Accept),
        new("typos", "xác nhân thma dự", Accept),
        new("Telex left on", "Xacs nhaanj thamm duwj", Accept),
        new("no diacritics, thanks", "toi se tham du hoi nghi, cam on" + Gmail, Accept),
        new("secretary writes for the chair", "Kính gửi Ban tổ chức,\n\nĐồng chí Chủ tịch HĐND xã sẽ tham dự hội nghị theo giấy mời.\n\nTrân trọng!", Accept),
        new("outlook history", "Xác nhận tham dự." + Outlook, Accept),
        new("bottom posting", "> Đề nghị đồng chí xác nhận tham dự trước 17 giờ 00 ngày 28/07/2025.\n\nTham dự ạ.", Accept),
        new("asks to attend", "Em xin tham dự ạ", Accept),
        new("iphone footer", "Sẽ tham dự\n\nSent from my iPhone" + AppleMail, Accept),
        new("capitals", "XÁC NHẬN THAM DỰ", Accept),
        new("answer in the subject only", Gmail, Accept, "Re: Giấy mời: Hội nghị trao đổi kinh nghiệm lần thứ năm - Xác nhận tham dự"),
        new("received and will attend", "Tôi đã nhận được giấy mời và sẽ tham dự đầy đủ.", Accept),
        new("can attend, no diacritics", "tham du duoc nhe", Accept),
        new("yes, will come", "Vâng, tôi sẽ đến dự." + Zimbra, Accept),
        new("present, from a phone", "Có mặt ạ\n\nĐược gửi từ iPhone của tôi" + AppleMail, Accept),
        new("a contact named K", "Xác nhận tham dự. Người liên hệ: Nguyễn Văn K, số điện thoại 0912345678.", Accept),
        new("zimbra, register", "Đăng ký tham dự.\nLê Thị Hồng\nVăn phòng HĐND-UBND xã" + Zimbra, Accept),

        // Refusals.
        new("voters' meeting", "Xin phép vắng mặt vì trùng lịch tiếp xúc cử tri.", new Expected.Decline("trùng lịch tiếp xúc cử tri")),
        new("business trip to Hà Nội", "Tôi không tham dự được do đi công tác tại Hà Nội." + Gmail, new Expected.Decline("đi công tác tại Hà Nội")),
        new("no diacritics, busy", "khong tham du duoc, ban hop", new Expected.Decline("ban hop")),
        new("regret, other meeting", "Rất tiếc, tôi không thể tham dự. Hôm đó tôi có lịch họp Tỉnh ủy.", new Expected.Decline("Hôm đó tôi có lịch họp Tỉnh ủy")),
        new("reason after a colon", "Kính báo vắng mặt, lý do: ốm.", new Expected.Decline("ốm")),
        new("in hospital", "Em xin phép không tham dự ạ, em đang nằm viện." + Outlook, new Expected.Decline("em đang nằm viện")),
        new("texting", "ko du dc vi trung lich", new Expected.Decline("trung lich")),
        new("apologies", "Cáo lỗi không dự được. Trân trọng.", new Expected.Decline()),
        new("busy, cannot go", "Tôi bận, không đi được.", new Expected.Decline("Tôi bận")),
        new("cannot arrange", "Xin lỗi BTC, tôi không sắp xếp được thời gian tham dự.", new Expected.Decline()),
        new("briefing clash, old outlook", "Không tham dự được vì trùng lịch giao ban UBND huyện." + OriginalMessage, new Expected.Decline("trùng lịch giao ban UBND huyện")),
        new("abroad, so cannot", "Thưa anh chị, hôm đó tôi đi công tác nước ngoài nên không tham dự hội nghị được.", new Expected.Decline("hôm đó tôi đi công tác nước ngoài")),
        new("short leave", "Tôi xin vắng.", new Expected.Decline()),
        new("family matter, signed", "Xin phép Ban tổ chức cho tôi vắng mặt do có việc gia đình đột xuất.\n\n-- \nLê Thị Bích\nPhó Chủ tịch HĐND phường" + Gmail, new Expected.Decline("có việc gia đình đột xuất")),
        new("bare refusal", "Không tham dự", new Expected.Decline()),
        new("refuse for health, no diacritics", "Tu choi tham du vi ly do suc khoe", new Expected.Decline("suc khoe")),
        new("yes-word then refusal", "Vâng, tôi đã nhận giấy mời nhưng không tham dự được vì trùng lịch.", new Expected.Decline("trùng lịch")),
        new("no diacritics, citizens' reception", "xin phep vang mat vi ban tiep cong dan" + Zimbra, new Expected.Decline("ban tiep cong dan")),
        new("cannot come, phone typos", "Ko tham dự đc, đang đi cơ sở", new Expected.Decline("đang đi cơ sở")),

        // Deputies.
        new("busy, deputy with title", "Tôi bận, cử đồng chí Lê Văn Bình, Phó Chủ tịch HĐND phường dự thay.", new Expected.Deputy("Lê Văn Bình", "Phó Chủ tịch HĐND phường")),
        new("deputy with e-mail", "Cử đ/c Trần Thị Hoa - Chánh Văn phòng HĐND-UBND xã tham dự thay tôi. Email: hoa.tt@haiphu.gov.vn" + Gmail, new Expected.Deputy("Trần Thị Hoa", "Chánh Văn phòng HĐND-UBND xã", "hoa.tt@haiphu.gov.vn")),
        new("deputy, no diacritics", "cu dong chi Nguyen Van Nam, pho chu tich HDND xa du thay", new Expected.Deputy("Nguyen Van Nam", "pho chu tich HDND xa")),
        new("absent, named deputy after", "Xin phép vắng mặt, đồng chí Phạm Minh Tuấn, Ủy viên Thường trực HĐND sẽ dự thay.", new Expected.Deputy("Phạm Minh Tuấn", "Ủy viên Thường trực HĐND")),
        new("proxy, polite", "Em xin ủy quyền cho đồng chí Hoàng Thị Lan, Trưởng ban Pháp chế, tham dự thay em ạ." + Outlook, new Expected.Deputy("Hoàng Thị Lan", "Trưởng ban Pháp chế")),
        new("unit sends a representative", "Đơn vị cử đồng chí Võ Văn Tám, Chuyên viên Văn phòng, đại diện tham dự.", new Expected.Deputy("Võ Văn Tám", "Chuyên viên Văn phòng")),
        new("entrusted, e-mail in the next sentence", "Do trùng lịch, tôi giao đồng chí Đinh Công Sơn – Phó Trưởng ban Kinh tế - Ngân sách đi dự thay. Địa chỉ email của đồng chí Sơn: son.dc@quangtri.gov.vn", new Expected.Deputy("Đinh Công Sơn", "Phó Trưởng ban Kinh tế - Ngân sách", "son.dc@quangtri.gov.vn")),
        new("the issue's example", "Tôi bận, cử đồng chí Lê Văn B, Phó Chủ tịch HĐND phường dự thay", new Expected.Deputy("Lê Văn B", "Phó Chủ tịch HĐND phường")),
        new("title before the name", "Cử đồng chí Phó Chủ tịch HĐND xã Nguyễn Hữu Thắng dự thay.", new Expected.Deputy("Nguyễn Hữu Thắng", "Phó Chủ tịch HĐND xã")),
        new("forwarded with a note", "Đề nghị đ/c Lương Thị Mai, Phó Chủ tịch HĐND xã dự thay tôi." + Forwarded, new Expected.Deputy("Lương Thị Mai", "Phó Chủ tịch HĐND xã")),
        new("deputy, no diacritics, name first", "Dong chi Tran Van Long, chanh van phong se du thay toi", new Expected.Deputy("Tran Van Long", "chanh van phong")),
        new("deputy in brackets", "Tôi đi họp Tỉnh ủy nên cử đồng chí Ngô Thị Thanh Hương (Chánh Văn phòng) dự thay.", new Expected.Deputy("Ngô Thị Thanh Hương", "Chánh Văn phòng")),

        // Unclear: the organizer reads these.
        new("somebody else, unnamed", "Tôi sẽ cử người khác đi thay.", Unclear),
        new("deputy without title", "Cử đồng chí Hùng dự thay.", Unclear),
        new("on leave, automatic", "Tôi hiện đang nghỉ phép đến hết ngày 25/7 và sẽ phản hồi khi trở lại.", Unclear, "Trả lời tự động: Giấy mời: Hội nghị trao đổi kinh nghiệm lần thứ năm"),
        new("out of office, English", "I am out of the office until 28 July with limited access to email.", Unclear, "Automatic reply: Giấy mời: Hội nghị trao đổi kinh nghiệm lần thứ năm"),
        new("away from the office, not a refusal", "Cảm ơn anh/chị đã gửi thư. Tôi hiện vắng mặt khỏi văn phòng đến 30/7.", Unclear),
        new("question about transport", "Cho hỏi hội nghị có bố trí xe đưa đón không?", Unclear),
        new("accepts and asks", "Xác nhận tham dự. Cho tôi hỏi có cần chuẩn bị báo cáo không?", Unclear),
        new("will try", "Tôi sẽ cố gắng sắp xếp để tham dự.", Unclear),
        new("condition", "Nếu không có gì thay đổi tôi sẽ tham dự.", Unclear),
        new("later", "Tôi sẽ báo lại sau." + Gmail, Unclear),
        new("morning only", "Tôi chỉ dự được buổi sáng.", Unclear),
        new("morning yes, afternoon no", "Sáng tham dự, chiều xin phép vắng.", Unclear),
        new("received only", "Đã nhận được giấy mời. Cảm ơn.", Unclear),
        new("yes-word only", "Vâng ạ", Unclear),
        new("ok only", "OK", Unclear),
        new("nothing but the quote", Outlook, Unclear),
        new("signature only", "Trân trọng,\nNguyễn Văn A", Unclear),
        new("attends with someone", "Tôi tham dự, đồng thời cử đồng chí Lê Văn Hải cùng đi.", Unclear),
        new("asks to resend", "Đề nghị gửi lại giấy mời cho đồng chí Phó Chủ tịch.", Unclear),
        new("not yet", "Hiện chưa thể xác nhận, tôi sẽ báo sau.", Unclear),
        new("not sure", "Tôi không chắc có dự được không", Unclear),
        new("no opinion", "Không có ý kiến gì.", Unclear),
        new("hardly", "Khó có thể tham dự vì lịch dày.", Unclear),
        new("late arrival", "Xác nhận tham dự nhưng sẽ đến muộn 30 phút.", Unclear),
        new("two deputies", "Cử đồng chí Lê Văn Hải và đồng chí Trần Thị Mơ, Phó Chủ tịch HĐND xã dự thay.", Unclear),
        new("a long letter", string.Concat(Enumerable.Repeat("Kính gửi Văn phòng, về nội dung hội nghị tôi xin góp ý như sau về việc chuẩn bị tài liệu và báo cáo. ", 20)) + "Tôi sẽ tham dự.", Unclear),
    ];
}
