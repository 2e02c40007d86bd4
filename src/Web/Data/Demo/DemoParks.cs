using Certification.Web.Domain.Parks;

namespace Certification.Web.Data.Demo;

/// <summary>Real Đồng Nai industrial park names; every figure here is invented for the demo.</summary>
internal static class DemoParks
{
    public static readonly IReadOnlyList<(string Name, decimal AreaHectares, DateOnly Established, ParkEstablishment Establishment)> All =
    [
        ("KCN Amata", 513m, new DateOnly(1994, 10, 1), ParkEstablishment.Existing),
        ("KCN Biên Hòa 2", 365m, new DateOnly(1995, 6, 1), ParkEstablishment.Existing),
        ("KCN Nhơn Trạch 3", 688m, new DateOnly(1997, 3, 1), ParkEstablishment.Existing),
        ("KCN Long Thành", 488m, new DateOnly(2003, 8, 1), ParkEstablishment.Existing),
        ("KCN Giang Điền", 529m, new DateOnly(2008, 5, 1), ParkEstablishment.Existing),
        ("KCN Lộc An - Bình Sơn", 498m, new DateOnly(2021, 9, 1), ParkEstablishment.NewlyEstablished),
    ];

    public static readonly IReadOnlyList<string> Sectors =
        ["Dệt may", "Điện tử", "Cơ khí", "Chế biến thực phẩm", "Hóa chất", "Nhựa", "Gỗ nội thất", "Da giày", "Bao bì", "Dược phẩm"];
}
