namespace CommunityGovernance.Demands.Catalogue;

// The example catalogue: common cases of a city hotline (12345) and a grid desk, in their usual groups. The codes
// are this library's own; a vendor replaces them with its district's list.
internal static class ExampleServices
{
    public static IEnumerable<ServiceDefinition> All { get; } =
    [
        Service("1001", "噪音扰民", "城市管理", DemandCategory.OrderlyInteraction, "噪音", "扰民", "施工噪声", "广场舞"),
        Service("1002", "占道经营", "城市管理", DemandCategory.StabilityAndOrder, "占道", "摆摊", "流动摊贩"),
        Service("1003", "违章搭建", "城市管理", DemandCategory.StabilityAndOrder, "违建", "搭建", "私搭乱建"),
        Service("1004", "垃圾清运", "城市管理", DemandCategory.PublicService, "垃圾", "清运", "堆放"),
        Service("2001", "路灯损坏", "市政设施", DemandCategory.PublicService, "路灯", "不亮"),
        Service("2002", "下水道堵塞", "市政设施", DemandCategory.PublicService, "下水道", "堵塞", "污水", "井盖"),
        Service("2003", "道路破损", "市政设施", DemandCategory.PublicService, "道路", "坑洼", "破损"),
        Service("3001", "电梯故障", "物业管理", DemandCategory.PublicService, "电梯", "困人"),
        Service("3002", "物业服务纠纷", "物业管理", DemandCategory.OrderlyInteraction, "物业", "物业费", "保洁"),
        Service("3003", "邻里纠纷", "物业管理", DemandCategory.OrderlyInteraction, "邻里", "漏水", "纠纷"),
        Service("4001", "安全隐患", "安全稳定", DemandCategory.StabilityAndOrder, "隐患", "消防", "飞线充电", "高空抛物"),
        Service("4002", "矛盾纠纷调解", "安全稳定", DemandCategory.StabilityAndOrder, "调解", "矛盾"),
        Service("5001", "社区活动", "社区事务", DemandCategory.PublicBelonging, "活动", "文体", "邻里节"),
        Service("5002", "议事协商", "社区事务", DemandCategory.PublicParticipation, "议事", "协商", "院落会"),
        Service("5003", "养老托育服务", "社区事务", DemandCategory.PublicService, "养老", "托育", "助餐"),
        Service("5004", "社区经费与资源申请", "社区事务", DemandCategory.AdministrativeResourceAllocation, "经费", "保障资金", "场地"),
    ];

    private static ServiceDefinition Service(string code, string name, string group, DemandCategory category, params string[] keywords) =>
        new(new ServiceCode(code), name, group, category, keywords);
}
