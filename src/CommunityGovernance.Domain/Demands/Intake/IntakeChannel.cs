namespace CommunityGovernance.Demands;

/// <summary>How a demand came in (受理渠道).</summary>
public enum IntakeChannel
{
    /// <summary>A call to the city's 12345 government service hotline (12345 政务服务便民热线).</summary>
    Hotline12345 = 1,

    /// <summary>Reported by a grid worker (网格员) on their rounds (网格员上报).</summary>
    GridWorker = 2,

    /// <summary>Through an app or a mini-program (APP、小程序).</summary>
    App = 3,

    /// <summary>In person at an office or a community service centre (来访).</summary>
    WalkIn = 4,

    /// <summary>By letter (来信).</summary>
    Letter = 5,
}
