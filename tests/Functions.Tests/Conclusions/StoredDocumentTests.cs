using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using HdndWorkflow.Domain.Conclusions;
using HdndWorkflow.Functions.Conclusions.Persistence;
using HdndWorkflow.Functions.Conferences.Persistence;

namespace HdndWorkflow.Functions.Tests.Conclusions;

/// <summary>Stored documents written before the own title, the discussion and the structured figures and visit still read.</summary>
public class StoredDocumentTests
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    [Fact]
    public void An_outcome_stored_before_reads_its_visit_text_as_the_place_and_has_no_discussion()
    {
        const string stored = """
            {"assessment":["Hội nghị đã đánh giá kết quả."],
             "figures":[{"subject":"HĐND tỉnh","figures":[{"verb":"tổ chức","number":12,"label":"kỳ họp"}]}],
             "presidingChair":{"name":"Nguyễn Chiến Thắng","titles":[{"text":"Phó Chủ tịch HĐND tỉnh","kind":"State"}]},
             "conclusions":["đánh giá cao sự chuẩn bị"],"directives":[],"fieldVisit":"mô hình tiếp xúc cử tri","authors":["Minh Anh"]}
            """;

        var outcome = JsonSerializer.Deserialize<OutcomeDocument>(stored, Json)!.ToOutcome();

        outcome.Validate().Should().BeEmpty();
        outcome.FieldVisit.Should().Be(new FieldVisit("mô hình tiếp xúc cử tri"));
        outcome.Discussion.IsEmpty.Should().BeTrue();
        outcome.Figures.Should().ContainSingle().Which.Sentence.Should().Be("HĐND tỉnh tổ chức 12 kỳ họp.");
    }

    [Fact]
    public void Period_breakdown_discussion_and_visit_round_trip()
    {
        var outcome = NoticeSamples.Outcome with
        {
            Figures =
            [
                new FigureStatement("6 tháng đầu năm", "HĐND các cấp",
                [
                    new Figure("tổ chức", 58, "kỳ họp") { Breakdown = [new Figure("cấp tỉnh", 5, "kỳ") { Breakdown = [new Figure(null, 2, "kỳ thường lệ")] }] },
                ]),
            ],
            Discussion = new Discussion(["Kinh phí còn hạn chế"], ["Tăng cường tập huấn"]),
            FieldVisit = new FieldVisit("mô hình tiếp xúc cử tri", "Chiều cùng ngày"),
        };

        var read = JsonSerializer.Deserialize<OutcomeDocument>(JsonSerializer.Serialize(OutcomeDocument.From(outcome), Json), Json)!.ToOutcome();

        read.Figures.Single().Sentence.Should().Be(outcome.Figures.Single().Sentence)
            .And.Be("6 tháng đầu năm HĐND các cấp tổ chức 58 kỳ họp, trong đó cấp tỉnh 05 kỳ (02 kỳ thường lệ).");
        read.Discussion.Paragraph.Should().Be(outcome.Discussion.Paragraph);
        read.FieldVisit.Should().Be(outcome.FieldVisit);
    }

    [Fact]
    public void A_conference_stored_before_has_no_own_title_and_one_stored_now_keeps_it()
    {
        var document = JsonSerializer.SerializeToNode(ConferenceDocument.From(NoticeSamples.Conference() with { OwnTitle = "Hội nghị giao ban quý III" }), Json)!.AsObject();

        JsonSerializer.Deserialize<ConferenceDocument>(document.ToJsonString(), Json)!.ToConference([]).Title.Should().Be("Hội nghị giao ban quý III");
        document.Remove("ownTitle").Should().BeTrue();
        JsonSerializer.Deserialize<ConferenceDocument>(document.ToJsonString(), Json)!.ToConference([]).OwnTitle.Should().BeNull();
    }
}
