namespace HdndWorkflow.Domain.Replies;

/// <summary>
/// The words the classifier knows, without diacritics (as <see cref="VietnameseFold"/> folds them), so that a reply
/// typed with or without diacritics reads the same. Phrases are space-separated words.
/// </summary>
internal static class ReplyWords
{
    /// <summary>Texting abbreviations and run-together words, and what they stand for.</summary>
    public static readonly IReadOnlyDictionary<string, string> Abbreviations = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["ko"] = "khong", ["k"] = "khong", ["kg"] = "khong", ["khg"] = "khong", ["kh"] = "khong", ["hk"] = "khong",
        ["hok"] = "khong", ["hem"] = "khong", ["khong"] = "khong", ["kô"] = "khong",
        ["dc"] = "duoc", ["duoc"] = "duoc", ["d/c"] = "dong chi", ["dchi"] = "dong chi",
        ["xn"] = "xac nhan", ["xacnhan"] = "xac nhan", ["thamdu"] = "tham du", ["thamgia"] = "tham gia",
        ["ok"] = "ok", ["oke"] = "ok", ["okie"] = "ok", ["okay"] = "ok", ["okey"] = "ok", ["oki"] = "ok",
        ["uq"] = "uy quyen", ["bc"] = "bao cao",
    };

    /// <summary>Words that negate the verb after them (short ones count only in lower case: "K" may end a name).</summary>
    public static readonly IReadOnlyList<string> Negators = ["khong", "chang"];

    /// <summary>Verbs of attending; each counts when affirmed, and negated it refuses.</summary>
    public static readonly IReadOnlyList<string> AttendVerbs =
    [
        "tham du", "tham gia", "co mat", "den du", "den tham du", "di du", "di tham du", "toi du", "toi tham du", "du hoi nghi", "du",
    ];

    /// <summary>Words before a verb of attending that make it an acceptance: "xác nhận (sẽ) tham dự", "tôi sẽ có mặt".</summary>
    public static readonly IReadOnlyList<string> Affirmers =
    [
        "xac nhan", "se", "van", "dong y", "nhat tri", "dang ky", "xin duoc", "xin phep", "xin", "sap xep", "bo tri", "co", "chac chan",
    ];

    /// <summary>Subjects that make a verb right after them an acceptance: "Tôi tham dự".</summary>
    public static readonly IReadOnlyList<string> Pronouns = ["toi", "em", "chung toi", "chau", "minh", "ca nhan toi"];

    /// <summary>Refusals without a verb of attending.</summary>
    public static readonly IReadOnlyList<string> Refusals =
    [
        "xin phep vang", "xin vang", "vang mat", "bao vang", "kinh bao vang", "cao loi", "tu choi", "xin kieu", "xin phep khong",
        "xin rut",
    ];

    /// <summary>Words that send someone: "cử", "giao", "ủy quyền"; the deputy's name follows.</summary>
    public static readonly IReadOnlyList<string> Senders = ["cu", "giao", "uy quyen", "uy nhiem", "phan cong", "nho", "de nghi"];

    /// <summary>Words that say someone attends instead: "dự thay", "thay mặt", "đại diện".</summary>
    public static readonly IReadOnlyList<string> Instead =
    [
        "tham du thay", "du thay", "di thay", "di du thay", "den du thay", "hop thay", "thay mat", "thay cho", "thay toi", "thay em",
        "dai dien",
    ];

    /// <summary>Words before a name: "đồng chí", "ông", "bà".</summary>
    public static readonly IReadOnlyList<string> Honorifics = ["dong chi", "ong", "ba", "anh", "chi", "em", "co", "cac dong chi"];

    /// <summary>A maybe, a condition or a promise to answer later: never read as an answer.</summary>
    public static readonly IReadOnlyList<string> Uncertain =
    [
        "neu", "co the se", "co le", "chua chac", "chua biet", "chua ro", "khong biet", "khong ro", "chua the", "chua xac dinh",
        "se bao lai", "bao lai sau", "bao sau", "xac nhan sau", "tra loi sau", "phan hoi sau", "du kien", "hy vong", "hi vong",
        "co gang", "gang", "tam thoi", "xem xet", "kho co the", "kho sap xep", "kho tham du", "kho du", "truong hop", "tuy thuoc",
        "tuy tinh hinh", "phu thuoc", "chua sap xep", "dang sap xep", "se sap xep", "chua duoc", "chua quyet dinh", "maybe",
        "xem lai", "cho y kien", "khong chac",
    ];

    /// <summary>Qualifications of an acceptance ("nhưng sẽ đến muộn", "chỉ dự buổi sáng"): it goes to the organizer.</summary>
    public static readonly IReadOnlyList<string> Qualifiers =
    [
        "nhung", "tuy nhien", "chi du", "chi tham du", "chi co mat", "ngoai tru", "tru buoi", "den muon", "toi muon", "ve som", "xin ve", "mot buoi",
        "buoi sang", "buoi chieu", "cung voi", "cung dong chi", "kem theo", "them",
    ];

    /// <summary>Asking rather than answering.</summary>
    public static readonly IReadOnlyList<string> Questions = ["cho hoi", "xin hoi", "hoi them", "duoc khong", "phai khong", "the nao", "bao gio", "o dau", "khi nao"];

    /// <summary>Automatic replies: out of office, on leave.</summary>
    public static readonly IReadOnlyList<string> AutoReply =
    [
        "tra loi tu dong", "thu tu dong", "tin nhan tu dong", "phan hoi tu dong", "thu nay duoc gui tu dong", "out of office",
        "automatic reply", "auto reply", "autoreply", "auto-reply", "hien dang nghi phep", "dang nghi phep", "hien khong co mat",
        "vang mat khoi van phong", "khong co mat tai co quan", "khong co mat tai van phong", "se tra loi khi tro lai",
        "se phan hoi khi tro lai", "khi tro lai", "khi quay lai", "i am out of the office", "i am currently out",
    ];

    /// <summary>Where a reason starts: "vì", "do", "lý do".</summary>
    public static readonly IReadOnlyList<string> ReasonMarkers = ["vi ly do", "ly do la", "ly do", "li do", "tai vi", "boi vi", "boi", "vi", "do"];

    /// <summary>A sentence that only greets or thanks: not a reason.</summary>
    public static readonly IReadOnlyList<string> Courtesies =
    [
        "kinh gui", "gui", "kinh thua", "thua", "xin chao", "chao", "dear", "xin cam on", "cam on", "tran trong", "xin loi", "rat tiec",
        "kinh mong", "mong", "kinh chuc", "chuc", "than ai", "thanks", "thank",
    ];

    /// <summary>Words that add nothing to an answer ("Dạ, xác nhận ạ"): a bare "Xác nhận" is an acceptance.</summary>
    public static readonly IReadOnlySet<string> Fillers = new HashSet<string>(StringComparer.Ordinal)
    {
        "a", "da", "ok", "vang", "em", "toi", "xin", "duoc", "nhe", "nha", "roi", "to", "chuc", "btc", "van", "phong",
        "hoi", "nghi", "kinh", "gui", "chao", "cam", "on", "tran", "trong", "dong", "chi", "chung", "minh", "la",
    };

    /// <summary>
    /// Words a title starts with (the name before it ends there): "Phó Chủ tịch HĐND phường", "Chánh Văn phòng",
    /// "Trưởng Ban Pháp chế". One-word starts are matched on the word as written where it could be a name too
    /// ("Trương" is a surname, "Trưởng" a title).
    /// </summary>
    public static readonly IReadOnlyList<string> TitleStarts =
    [
        "pho", "chu tich", "chanh", "giam doc", "uy vien", "bi thu", "thu ky", "chuyen vien", "can bo", "cong chuc", "van phong",
        "dai bieu", "ke toan", "to truong", "thuong truc", "tro ly", "thanh tra", "truong ban", "truong phong", "truong khoa",
        "hieu truong", "chu nhiem", "tong bien tap", "kiem sat vien", "tham phan", "nhan vien", "lanh dao",
    ];

    /// <summary>Where a deputy's title ends: the verb that follows it, contact details, the end of the clause.</summary>
    public static readonly IReadOnlyList<string> TitleEnds =
    [
        "tham du thay", "du thay", "di thay", "di du thay", "den du thay", "hop thay", "thay mat", "thay cho", "thay toi", "thay em",
        "dai dien", "tham du", "den du", "di du", "du hop", "di hop", "tham gia", "du", "email", "e mail", "mail", "thu dien tu", "dt",
        "sdt", "dien thoai", "so dien thoai", "dd", "de", "se", "cung", "va", "thay",
    ];

    /// <summary>Vietnamese surnames: a capitalised run of words that starts with one is a name even without "đồng chí".</summary>
    public static readonly IReadOnlySet<string> Surnames = new HashSet<string>(StringComparer.Ordinal)
    {
        "nguyen", "tran", "le", "pham", "hoang", "huynh", "phan", "vu", "vo", "dang", "bui", "do", "ho", "ngo", "duong", "ly",
        "dinh", "truong", "lam", "mai", "doan", "trinh", "dao", "cao", "luong", "ha", "ta", "chau", "ton", "thai", "luu", "kieu",
        "quach", "la", "trieu", "phung", "to", "than", "khong", "chu", "diep", "giang", "mac", "nong", "lo", "hua", "vuong", "tang",
        "au", "kim", "dam", "lai", "nghiem", "tu", "be", "hau", "ma", "quan", "thach", "danh", "y", "ksor", "nie", "rmah", "siu",
    };
}
