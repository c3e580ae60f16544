namespace HdndWorkflow.Testing;

/// <summary>
/// A second council beside the development one, as settings for the app's directory (its second entry): for checks
/// that one council's people cannot see or steer another's conferences.
/// </summary>
public static class OtherCouncil
{
    public const string Id = "tinh-bien";

    public static IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string>
    {
        ["Directory:Councils:1:Id"] = Id,
        ["Directory:Councils:1:Name"] = "HĐND tỉnh Biển Đông",
        ["Directory:Councils:1:Unit"] = "Province",
        ["Directory:Councils:1:OrganizerOffice"] = "Văn phòng Đoàn ĐBQH và HĐND tỉnh",
        ["Directory:Councils:1:Chair:Name"] = "Đỗ Văn Chủ Tịch Xã",
        ["Directory:Councils:1:Chair:Email"] = "chu-tich-xa@hdnd.localhost",
        ["Directory:Councils:1:Notice:ParentLines:0"] = "HỘI ĐỒNG NHÂN DÂN",
        ["Directory:Councils:1:Notice:ParentLines:1"] = "TỈNH BIỂN ĐÔNG",
        ["Directory:Councils:1:Notice:BodyLines:0"] = "THƯỜNG TRỰC HĐND",
        ["Directory:Councils:1:Notice:Code"] = "HĐND",
        ["Directory:Councils:1:Notice:Place"] = "Biển Đông",
        ["Directory:Councils:1:Notice:SignatureAuthority:0"] = "TM. THƯỜNG TRỰC HĐND",
        ["Directory:Councils:1:Notice:SignatureAuthority:1"] = "CHỦ TỊCH",
        ["Directory:Councils:1:Notice:SignatureName"] = "Đỗ Văn Chủ Tịch Xã",
        ["Directory:Councils:1:Notice:Recipients:0:Name"] = "Thường trực Tỉnh ủy",
    };
}
