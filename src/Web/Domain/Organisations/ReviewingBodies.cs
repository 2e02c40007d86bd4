namespace Certification.Web.Domain.Organisations;

/// <summary>
/// The reviewing bodies named by Decree 35 after the 2025 reorganisation: five ministries comment on eco-park
/// dossiers (Art 41), four provincial departments on eco-enterprise dossiers (Art 42). Codes match the indicator sets.
/// </summary>
public static class ReviewingBodies
{
    public static readonly IReadOnlyList<(string Code, string Name, bool National)> All =
    [
        ("MOF", "Bộ Tài chính", true),
        ("MAE", "Bộ Nông nghiệp và Môi trường", true),
        ("MOST", "Bộ Khoa học và Công nghệ", true),
        ("MOIT", "Bộ Công Thương", true),
        ("MOC", "Bộ Xây dựng", true),
        ("DAE", "Sở Nông nghiệp và Môi trường", false),
        ("DOST", "Sở Khoa học và Công nghệ", false),
        ("DOIT", "Sở Công Thương", false),
        ("DOC", "Sở Xây dựng", false),
    ];
}
