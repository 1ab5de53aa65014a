namespace CommunityGovernance.Actors;

/// <summary>The post an actor holds in an organisation, such as the chair of a homeowners' committee (业委会主任).</summary>
public enum Post
{
    /// <summary>An ordinary member (成员).</summary>
    Member = 1,

    /// <summary>The chair or director (主任, 会长, 负责人).</summary>
    Chair = 2,

    /// <summary>A vice-chair (副主任, 副会长).</summary>
    ViceChair = 3,

    /// <summary>The secretary (秘书, 书记).</summary>
    Secretary = 4,
}
