
[[2023年末|TIME:t1]]，全国共有[[艺术表演团体|IND:i1]][[1.8万|VAL ind=i1 unit=u1 time=t1]][[个|UNIT:u1]]，[[从业人员|IND:i2]][[38.5万|VAL ind=i2 unit=u2 time=t1]][[人|UNIT:u2]]。[[全年|TIME:t2]]共[[演出|IND:i3]][[254.2万|VAL ind=i3 unit=u3 time=t2]][[场|UNIT:u3]]，[[国内观众|IND:i4]][[9.0亿|VAL ind=i4 unit=u4 time=t2]][[人次|UNIT:u4]]，[[演出收入|IND:i5]][[207.8亿|VAL ind=i5 unit=u5 time=t2]][[元|UNIT:u5]]。[[全年|TIME:t3]][[原创首演剧目|IND:i6]][[1993|VAL ind=i6 unit=u6 time=t3]][[部|UNIT:u6]]，[[原创首演节目|IND:i7]][[3805|VAL ind=i7 unit=u7 time=t3]][[个|UNIT:u7]]。

[[2023年末|TIME:t4]]，全国共有[[艺术表演场馆|IND:i8]][[3060|VAL ind=i8 unit=u8 time=t4]][[个|UNIT:u8]]，[[观众座席数|IND:i9]][[213.6万|VAL ind=i9 unit=u9 time=t4]][[个|UNIT:u9]]。[[全年|TIME:t5]]艺术表演场馆共[[演出|IND:i10]][[41.5万|VAL ind=i10 unit=u10 time=t5]][[场|UNIT:u10]]，[[观众|IND:i11]][[12273.4万|VAL ind=i11 unit=u11 time=t5]][[人次|UNIT:u11]]。

[[2023年末|TIME:t6]]，全国共有[[公共美术馆|IND:i12]][[707|VAL ind=i12 unit=u12 time=t6]][[个|UNIT:u12]]，[[从业人员|IND:i13]][[0.6万|VAL ind=i13 unit=u13 time=t6]][[人|UNIT:u13]]。[[全年|TIME:t7]]共[[举办展览|IND:i14]][[9813|VAL ind=i14 unit=u14 time=t7]][[场|UNIT:u14]]，同比增长[[36.5|VAL ind=i14 unit=u15 time=t7 kind=change]][[%|UNIT:u15]]，[[参观人次|IND:i15]][[6217.9万|VAL ind=i15 time=t7]]，同比增长[[86.4|VAL ind=i15 unit=u16 time=t7 kind=change]][[%|UNIT:u16]]。

## 二、公共服务体系不断健全

[[2023年|TIME:t8]]，文化和旅游部加快推进现代公共文化服务体系建设，提升乡镇综合文化站服务效能，推动新型公共文化空间建设。推进全国智慧图书馆体系和公共文化云项目建设。进一步推动落实基本公共文化服务标准。开展第七次全国县级以上公共图书馆评估定级工作，共评定[[一级公共图书馆|IND:i16]][[1302|VAL ind=i16 unit=u17]][[家|UNIT:u17]]、[[二级公共图书馆|IND:i17]][[680|VAL ind=i17 unit=u18]][[家|UNIT:u18]]、[[三级公共图书馆|IND:i18]][[741|VAL ind=i18 unit=u19]][[家|UNIT:u19]]。开展公共图书馆、文化馆服务宣传周活动。推进国家公共文化服务体系示范区创新发展。实施“春雨工程”——文化和旅游志愿服务边疆行计划，指导东中部地区与边疆民族地区文化和旅游机构达成[[364|VAL ind=i19 unit=u20]][[个|UNIT:u20]][[结对合作项目|IND:i19]]。打造“四季村晚”、“大地欢歌”、“大地情深”、广场舞大会等群众文化活动品牌。

### （一）公共图书馆

[[2023年末|TIME:t9]]，全国共有[[公共图书馆|IND:i20]][[3246|VAL ind=i20 unit=u21 time=t9]][[个|UNIT:u21]]，[[从业人员|IND:i21]][[6.1万|VAL ind=i21 unit=u22 time=t9]][[人|UNIT:u22]]。其中，[[具有高级职称人员|IND:i22]][[0.8万|VAL ind=i22 unit=u23]][[人|UNIT:u23]]，占[[13.0|VAL ind=i22 unit=u24]][[%|UNIT:u24]]；[[具有中级职称人员|IND:i23]][[1.9万|VAL ind=i23 unit=u25]][[人|UNIT:u25]]，占[[31.2|VAL ind=i23 unit=u26]][[%|UNIT:u26]]。

[[2023年末|TIME:t10]]，全国[[公共图书馆实际使用房屋建筑面积|IND:i24]][[2259.6万|VAL ind=i24 unit=u27 time=t10]][[平方米|UNIT:u27]]，同比增长[[7.7|VAL ind=i24 unit=u28 time=t10 kind=change]][[%|UNIT:u28]]；全国[[图书总藏量|IND:i25]][[14.4亿|VAL ind=i25 unit=u29]][[册|UNIT:u29]]，同比增长[[5.6|VAL ind=i25 unit=u30 kind=change]][[%|UNIT:u30]]；[[阅览室座席数|IND:i26]][[168.0万|VAL ind=i26 unit=u31]][[个|UNIT:u31]]，同比增长[[8.3|VAL ind=i26 unit=u32 kind=change]][[%|UNIT:u32]]。

[[2023年末|TIME:t11]]，全国[[平均每万人公共图书馆建筑面积|IND:i27]][[160.3|VAL ind=i27 unit=u33 time=t11]][[平方米|UNIT:u33]]，比上年末增加[[11.7|VAL ind=i27 unit=u34 time=t11 kind=change]][[平方米|UNIT:u34]]，全国[[人均图书藏量|IND:i28]][[1.02|VAL ind=i28 unit=u35 time=t11]][[册|UNIT:u35]]，比上年末增加[[0.06|VAL ind=i28 unit=u36 time=t11 kind=change]][[册|UNIT:u36]]；[[全年|TIME:t12]]全国[[人均购书费|IND:i29]][[1.6|VAL ind=i29 unit=u37 time=t12]][[元|UNIT:u37]]，与上年基本持平。

[[全年|TIME:t13]][[公共图书馆总流通人次|IND:i30]][[116061万|VAL ind=i30 unit=u38 time=t13]][[人次|UNIT:u38]]，同比增长[[46.9|VAL ind=i30 unit=u39 time=t13 kind=change]][[%|UNIT:u39]]；[[书刊文献外借|IND:i31]][[78299万|VAL ind=i31 unit=u40]][[册次|UNIT:u40]]，同比增长[[29.0|VAL ind=i31 unit=u41 kind=change]][[%|UNIT:u41]]；[[外借人次|IND:i32]][[33044万|VAL ind=i32 unit=u42]][[人次|UNIT:u42]]，同比增长[[32.7|VAL ind=i32 unit=u43 kind=change]][[%|UNIT:u43]]。[[全年|TIME:t14]]共[[为读者举办各种活动|IND:i33]][[293504|VAL ind=i33 unit=u44 time=t14]][[次|UNIT:u44]]，同比增长[[38.3|VAL ind=i33 unit=u45 time=t14 kind=change]][[%|UNIT:u45]]；[[参加人次|IND:i34]][[21380万|VAL ind=i34]]，同比增长[[58.4|VAL ind=i34 unit=u46 kind=change]][[%|UNIT:u46]]。

### （二）群众文化机构

[[2023年末|TIME:t15]]，全国共有[[群众文化机构|IND:i35]][[4.4万|VAL ind=i35 unit=u47 time=t15]][[个|UNIT:u47]]，[[从业人员|IND:i36]][[19.9万|VAL ind=i36 unit=u48 time=t15]][[人|UNIT:u48]]。其中，[[具有高级职称的人员|IND:i37]][[0.8万|VAL ind=i37 unit=u49]][[人|UNIT:u49]]，占[[4.0|VAL ind=i37 unit=u50]][[%|UNIT:u50]]；[[具有中级职称人员|IND:i38]][[1.8万|VAL ind=i38 unit=u51]][[人|UNIT:u51]]，占[[9.4|VAL ind=i38 unit=u52]][[%|UNIT:u52]]。

[[2023年末|TIME:t16]]，全国[[群众文化机构实际使用房屋建筑面积|IND:i39]][[5631.6万|VAL ind=i39 unit=u53 time=t16]][[平方米|UNIT:u53]]，同比增长[[7.8|VAL ind=i39 unit=u54 time=t16 kind=change]][[%|UNIT:u54]]。[[年末|TIME:t17]]全国[[平均每万人群众文化设施建筑面积|IND:i40]][[399.5|VAL ind=i40 unit=u55 time=t17]][[平方米|UNIT:u55]]，同比增长[[6.5|VAL ind=i40 unit=u56 time=t17 kind=change]][[%|UNIT:u56]]。

[[全年|TIME:t18]]全国群众文化机构共[[组织开展各类文化活动|IND:i41]][[412万|VAL ind=i41 unit=u57 time=t18]][[场|UNIT:u57]]，同比增长[[53.5|VAL ind=i41 unit=u58 time=t18 kind=change]][[%|UNIT:u58]]；[[服务人次|IND:i42]][[183537万|VAL ind=i42 unit=u59]][[人次|UNIT:u59]]，同比增长[[91.6|VAL ind=i42 unit=u60 kind=change]][[%|UNIT:u60]]。

[[2023年末|TIME:t19]]，全国群众文化机构共有[[馆办文艺团体|IND:i43]][[9843|VAL ind=i43 unit=u61 time=t19]][[个|UNIT:u61]]，[[全年|TIME:t20]][[演出|IND:i44]][[14.9万|VAL ind=i44 unit=u62 time=t20]][[场|UNIT:u62]]，[[观众|IND:i45]][[10651.7万|VAL ind=i45 unit=u63 time=t20]][[人次|UNIT:u63]]。

## 三、文化遗产保护传承有力推进

### （一）文物保护利用

[[2023年|TIME:t21]]，文化和旅游部、国家文物局持续推进中华文明探源工程和“考古中国”重大项目。水下考古取得重大突破，深海考古迈向世界先进水平，边疆考古不断加强。启动第四次全国文物普查，强化国家考古遗址公园保护建设，加强大运河、长江文物保护利用，实施廊桥、壁画彩塑、东北抗联革命文物保护计划，深入推进革命文物保护利用工程，保护利用水平持续提高。普洱景迈山古茶林文化景观成功申遗。加大对文物违法案件督察约谈、查处追责力度，持续开展打击防范文物犯罪专项行动。印发《关于加强文物科技创新的意见》，举办全国文物行业职业技能大赛等，文物科技创新和人才培养持续加强。加强国家文物保护利用示范区创建管理，深化革命文物主题陈列展览展示。开展国际博物馆日、“文化和自然遗产日”文物展示传播活动，联合摄制《寻古中国》《何以中国》，文物传播影响力持续提升。三星堆博物馆新馆、浙江省博物馆之江馆等新馆建成开放，举办“鉴往知远——新时代考古成果展”等精品大展，带动“博物馆热”持续升温。文物国际交流合作深化拓展，牵头成立亚洲文化遗产保护联盟。实施中华古籍保护计划、古籍保护人才培育计划，出台古籍类文物定级工作指南，加强水书、甲骨文保护，组织全国古籍重点保护单位复核抽查，推进古籍数字化整理、中华古籍智慧化服务平台建设，古籍保护利用更加科学规范。

[[2023年末|TIME:t22]]，全国共有各类[[文物机构|IND:i46]][[9645|VAL ind=i46 unit=u64 time=t22]][[个|UNIT:u64]]，[[从业人员|IND:i47]][[18.1万|VAL ind=i47 unit=u65 time=t22]][[人|UNIT:u65]]，其中[[高级职称|IND:i48]][[1.3万|VAL ind=i48 unit=u66 time=t22]][[人|UNIT:u66]]，占[[7.0|VAL ind=i48 unit=u67 time=t22]][[%|UNIT:u67]]；[[中级职称|IND:i49]][[2.4万|VAL ind=i49 unit=u68]][[人|UNIT:u68]]，占[[13.1|VAL ind=i49 unit=u69]][[%|UNIT:u69]]。全国[[登记备案博物馆、纪念馆|IND:i50]]达到[[6833|VAL ind=i50 unit=u70]][[个|UNIT:u70]]。

[[2023年末|TIME:t23]]，全国[[文物机构藏品|IND:i51]][[5017.2万|VAL ind=i51 unit=u71 time=t23]][[件/套|UNIT:u71]]，其中，[[文物系统管理的国有博物馆藏品|IND:i52]][[3363.3万|VAL ind=i52 unit=u72 time=t23]][[件/套|UNIT:u72]]，[[占藏品总量|IND:i53]]的[[67.0|VAL ind=i53 unit=u73 time=t23]][[%|UNIT:u73]]。

[[2023年|TIME:t24]]，全国各类文物机构共[[举办陈列展览|IND:i54]][[3.0万|VAL ind=i54 unit=u74 time=t24]][[个|UNIT:u74]]，其中，[[基本陈列|IND:i55]][[1.3万|VAL ind=i55 unit=u75 time=t24]][[个|UNIT:u75]]，[[临时展览|IND:i56]][[1.7万|VAL ind=i56 unit=u76 time=t24]][[个|UNIT:u76]]。[[接待观众|IND:i57]][[140266万|VAL ind=i57 unit=u77]][[人次|UNIT:u77]]，同比增长[[119.3|VAL ind=i57 unit=u78 kind=change]][[%|UNIT:u78]]，其中[[未成年人|IND:i58]][[32203万|VAL ind=i58 unit=u79]][[人次|UNIT:u79]]，同比增长[[101.2|VAL ind=i58 unit=u80 kind=change]][[%|UNIT:u80]]，[[占参观总人数|IND:i59]]的[[23.0|VAL ind=i59 unit=u81]][[%|UNIT:u81]]。[[文物系统管理的国有博物馆接待观众|IND:i60]][[102129万|VAL ind=i60 unit=u82]][[人次|UNIT:u82]]，同比增长[[123.7|VAL ind=i60 unit=u83 kind=change]][[%|UNIT:u83]]，[[占文物机构接待观众总数|IND:i61]]的[[72.8|VAL ind=i61 unit=u84]][[%|UNIT:u84]]。

### （二）非物质文化遗产保护传承

[[2023年|TIME:t25]]，文化和旅游部扎实推进第六批国家级非遗代表性传承人认定工作，继续壮大非遗代表性传承人队伍。实施黄河流域、大运河非遗保护行动计划，开展传统工艺项目存续状况评估。推进非遗助力乡村振兴，[[截至目前|TIME:t26]]，各地共建设[[6700|VAL ind=i62 unit=u85 time=t26]]余[[家|UNIT:u85]][[非遗工坊|IND:i62]]。实施中国非遗传承人研修培训计划，调整公布新一批[[130|VAL ind=i63 unit=u86]][[所|UNIT:u86]][[参与培训院校|IND:i63]]名单。公布[[10|VAL ind=i64 unit=u87]][[个|UNIT:u87]][[国家级文化生态保护区|IND:i64]]、公示[[100|VAL ind=i65 unit=u88]][[家|UNIT:u88]][[国家级非遗生产性保护示范基地|IND:i65]]。推动非遗与旅游深度融合发展。举办中国成都国际非遗节、中国原生民歌节、非遗品牌大会、非遗购物节、“文化进万家——视频直播家乡年”等活动。组织[[春节非遗传承实践相关活动|IND:i66]][[1.2万|VAL ind=i66 unit=u89]]余[[场|UNIT:u89]]、[[“文化和自然遗产日”非遗宣传展示活动|IND:i67]][[9800|VAL ind=i67 unit=u90]]余[[场|UNIT:u90]]。摄制播出《非遗里的中国》，[[收看及互动人次|IND:i68]]超过[[75.4亿|VAL ind=i68]]，非遗传播力度持续扩大。

[[截至2023年末|TIME:t27]]，共有[[国家级非遗代表性项目|IND:i69]][[1557|VAL ind=i69 unit=u91 time=t27]][[项|UNIT:u91]]，共有[[在世国家级非遗代表性传承人|IND:i70]][[2241|VAL ind=i70 unit=u92 time=t27]][[名|UNIT:u92]]。[[列入联合国教科文组织非遗名录、名册项目|IND:i71]][[43|VAL ind=i71 unit=u93]][[个|UNIT:u93]]。

全国共有[[非物质文化遗产保护机构|IND:i72]][[2406|VAL ind=i72 unit=u94]][[个|UNIT:u94]]，[[从业人员|IND:i73]][[1.7万|VAL ind=i73 unit=u95]][[人|UNIT:u95]]。[[全年|TIME:t28]]全国各类非物质文化遗产保护机构[[举办演出|IND:i74]][[8.2万|VAL ind=i74 unit=u96 time=t28]][[场|UNIT:u96]]，同比增长[[41.5|VAL ind=i74 unit=u97 time=t28 kind=change]][[%|UNIT:u97]]；[[举办民俗活动|IND:i75]][[1.8万|VAL ind=i75 unit=u98]][[场|UNIT:u98]]，同比增长[[30.4|VAL ind=i75 unit=u99 kind=change]][[%|UNIT:u99]]；[[举办展览|IND:i76]][[2.2万|VAL ind=i76 unit=u100]][[场|UNIT:u100]]，同比增长[[20.1|VAL ind=i76 unit=u101 kind=change]][[%|UNIT:u101]]。

## 四、市场发展和管理能力有效提升

[[2023年|TIME:t29]]，文化和旅游部积极推动文化和旅游领域稳增长、助企纾困帮扶政策延续实施。推进文化和旅游市场电子证照应用，开发“文旅市场通”APP，推进“一网通办”。加强大型营业性演出活动规范管理。强化脱口秀演出、卡拉OK音乐曲目内容管理。推进文化和旅游市场信用体系建设，开展文明旅游宣传引导、文化和旅游市场信用经济发展试点。组织举办全国星级饭店从业人员服务技能竞赛和全国导游大赛，不断提升行业发展能力。

[[2023年|TIME:t30]]，指导[[31|VAL ind=i77 unit=u102 time=t30]][[个|UNIT:u102]][[省（区、市）出台省级文化市场综合执法事项指导目录|IND:i77]]。加强大型营业性演出执法监管，指导各地建立完善大型营业性演出执法监管长效机制。开展营业性演出票务专项整治行动，严厉查处演出票务市场违法违规行为。持续开展旅游市场秩序整治，依法查处未经许可经营旅行社业务、“不合理低价游”等违法违规行为。会同中宣部版权局印发《关于进一步加强青少年版权保护工作的通知》，深入推进未成年人保护工作。持续深化全国文化市场技术监管与服务平台建设与应用，升级优化平台综合执法系统。加强网络动态监测，[[处理问题线索|IND:i78]][[9.7万|VAL ind=i78 unit=u103]][[条|UNIT:u103]]。[[处置举报投诉信息|IND:i79]][[3.9万|VAL ind=i79 unit=u104]][[条|UNIT:u104]]。

[[2023年末|TIME:t31]]，全国通过统计直报系统报送和审核的[[文化市场经营单位|IND:i80]][[17.5万|VAL ind=i80 unit=u105 time=t31]][[家|UNIT:u105]]，[[从业人员|IND:i81]][[117.7万|VAL ind=i81 unit=u106 time=t31]][[人|UNIT:u106]]，[[营业收入|IND:i82]][[17852.5亿|VAL ind=i82 unit=u107 time=t31]][[元|UNIT:u107]]，[[营业利润|IND:i83]][[1387.1亿|VAL ind=i83 unit=u108 time=t31]][[元|UNIT:u108]]。其中：
- [[娱乐场所|IND:i84]][[4.5万|VAL ind=i84 unit=u109]][[个|UNIT:u109]]，[[从业人员|IND:i85]][[41.8万|VAL ind=i85 unit=u110]][[人|UNIT:u110]]，[[营业收入|IND:i86]][[589.6亿|VAL ind=i86 unit=u111]][[元|UNIT:u111]]，[[营业利润|IND:i87]][[39.5亿|VAL ind=i87 unit=u112]][[元|UNIT:u112]]。
- [[互联网上网服务营业场所|IND:i88]][[9.0万|VAL ind=i88 unit=u113]][[个|UNIT:u113]]，[[从业人员|IND:i89]][[14.7万|VAL ind=i89 unit=u114]][[人|UNIT:u114]]，[[营业收入|IND:i90]][[181.8亿|VAL ind=i90 unit=u115]][[元|UNIT:u115]]。
- [[演出市场单位|IND:i91]][[2.4万|VAL ind=i91 unit=u116]][[个|UNIT:u116]]，[[从业人员|IND:i92]][[42.3万|VAL ind=i92 unit=u117]][[人|UNIT:u117]]，[[营业收入|IND:i93]][[7057.8亿|VAL ind=i93 unit=u118]][[元|UNIT:u118]]，[[营业利润|IND:i94]][[283.9亿|VAL ind=i94 unit=u119]][[元|UNIT:u119]]。
- [[艺术品经营机构|IND:i95]][[0.7万|VAL ind=i95 unit=u120]][[个|UNIT:u120]]，[[从业人员|IND:i96]][[2.2万|VAL ind=i96 unit=u121]][[人|UNIT:u121]]，[[营业收入|IND:i97]][[563.8亿|VAL ind=i97 unit=u122]][[元|UNIT:u122]]，[[营业利润|IND:i98]][[137.8亿|VAL ind=i98 unit=u123]][[元|UNIT:u123]]。
- [[经营性互联网文化单位|IND:i99]][[0.8万|VAL ind=i99 unit=u124]][[家|UNIT:u124]]，[[从业人员|IND:i100]][[16.7万|VAL ind=i100 unit=u125]][[人|UNIT:u125]]，[[营业收入|IND:i101]][[9459.5亿|VAL ind=i101 unit=u126]][[元|UNIT:u126]]，[[营业利润|IND:i102]][[877.7亿|VAL ind=i102 unit=u127]][[元|UNIT:u127]]。

## 五、文化产业和科技发展不断深化

[[2023年|TIME:t32]]，文化和旅游部继续组织开展文化和旅游消费促进活动，实施“百城百区”金融支持文化和旅游消费行动计划。印发《国家级夜间文化和旅游消费集聚区建设指引》。推动国家文化和旅游消费示范城市及试点城市、国家级夜间文化和旅游消费集聚区建设。开展文化产业赋能乡村振兴试点工作，公布首批[[63|VAL ind=i103 unit=u128]][[个|UNIT:u128]][[文化产业赋能乡村振兴试点|IND:i103]]名单。