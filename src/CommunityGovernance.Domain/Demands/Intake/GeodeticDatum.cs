namespace CommunityGovernance.Demands;

/// <summary>
/// The datum coordinates are given in. Chinese maps rarely give plain WGS-84: web maps offset it (GCJ-02, and Baidu's
/// BD-09 on top), and surveying uses CGCS2000. A point never changes datum silently: this library converts none.
/// </summary>
public enum GeodeticDatum
{
    /// <summary>WGS-84, as GPS gives it and Open311 GeoReport v2 expects.</summary>
    Wgs84 = 1,

    /// <summary>China Geodetic Coordinate System 2000 (2000国家大地坐标系), the national datum; within centimetres of WGS-84.</summary>
    Cgcs2000 = 2,

    /// <summary>GCJ-02 (国测局坐标), the offset datum of Chinese web maps (AMap, Tencent).</summary>
    Gcj02 = 3,

    /// <summary>BD-09, Baidu Maps' further offset of GCJ-02.</summary>
    Bd09 = 4,
}
