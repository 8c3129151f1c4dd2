其中，[[粮食作物|IND:i1]][[52.79万|VAL ind=i1 unit=u1]][[公顷|UNIT:u1]]，增长[[0.2|VAL ind=i1 unit=u2 kind=change]][[%|UNIT:u2]]；[[蔬菜|IND:i2]][[9.89万|VAL ind=i2 unit=u3]][[公顷|UNIT:u3]]，
增长[[1.4|VAL ind=i2 unit=u4 kind=change]][[%|UNIT:u4]]；[[瓜果|IND:i3]][[1.14万|VAL ind=i3 unit=u5]][[公顷|UNIT:u5]]，增长[[2.2|VAL ind=i3 unit=u6 kind=change]][[%|UNIT:u6]]；[[油料|IND:i4]][[7.39万|VAL ind=i4 unit=u7]][[公顷|UNIT:u7]]，
增长[[3.1|VAL ind=i4 unit=u8 kind=change]][[%|UNIT:u8]]。
[[全年|TIME:t1]][[粮食总产量|IND:i5]][[302.32万|VAL ind=i5 unit=u9 time=t1]][[吨|UNIT:u9]]，比上年增长[[1.2|VAL ind=i5 unit=u10 time=t1 kind=change]][[%|UNIT:u10]]。其中，
[[夏粮|IND:i6]][[62.12万|VAL ind=i6 unit=u11]][[吨|UNIT:u11]]，增长[[1.5|VAL ind=i6 unit=u12 kind=change]][[%|UNIT:u12]]；[[早稻|IND:i7]][[21.09万|VAL ind=i7 unit=u13]][[吨|UNIT:u13]]，下降[[1.5|VAL ind=i7 unit=u14 kind=change]][[%|UNIT:u14]]；
[[秋粮|IND:i8]][[219.11万|VAL ind=i8 unit=u15]][[吨|UNIT:u15]]，增长[[1.4|VAL ind=i8 unit=u16 kind=change]][[%|UNIT:u16]]。[[蔬菜产量|IND:i9]][[260.59万|VAL ind=i9 unit=u17]][[吨|UNIT:u17]]，增长
[[2.3|VAL ind=i9 unit=u18 kind=change]][[%|UNIT:u18]]。[[瓜果产量|IND:i10]][[30.80万|VAL ind=i10 unit=u19]][[吨|UNIT:u19]]，增长[[2.6|VAL ind=i10 unit=u20 kind=change]][[%|UNIT:u20]]。[[油料产量|IND:i11]][[18.80万|VAL ind=i11 unit=u21]]
[[吨|UNIT:u21]]，下降[[5.0|VAL ind=i11 unit=u22 kind=change]][[%|UNIT:u22]]。
[[年末|TIME:t2]][[生猪存栏|IND:i12]][[76.90万|VAL ind=i12 unit=u23 time=t2]][[头|UNIT:u23]]，比上年末下降[[2.9|VAL ind=i12 unit=u24 time=t2 kind=change]][[%|UNIT:u24]]；[[出栏|IND:i13]]
[[159.92 万|VAL ind=i13 unit=u25]][[头|UNIT:u25]]，下降[[5.1|VAL ind=i13 unit=u26 kind=change]][[%|UNIT:u26]]。[[全年|TIME:t3]][[肉类总产量|IND:i14]][[36.37万|VAL ind=i14 unit=u27 time=t3]][[吨|UNIT:u27]]，比上
年下降[[1.0|VAL ind=i14 unit=u28 kind=change]][[%|UNIT:u28]]，其中[[猪牛羊肉产量|IND:i15]][[14.05万|VAL ind=i15 unit=u29]][[吨|UNIT:u29]]，下降[[5.9|VAL ind=i15 unit=u30 kind=change]][[%|UNIT:u30]]。[[禽
蛋产量|IND:i16]][[22.53万|VAL ind=i16 unit=u31]][[吨|UNIT:u31]]，增长[[0.7|VAL ind=i16 unit=u32 kind=change]][[%|UNIT:u32]]。[[牛奶产量|IND:i17]][[12.30万|VAL ind=i17 unit=u33]][[吨|UNIT:u33]]，增长
[[19.6|VAL ind=i17 unit=u34 kind=change]][[%|UNIT:u34]]。[[水产品产量|IND:i18]][[25.42万|VAL ind=i18 unit=u35]][[吨|UNIT:u35]]，增长[[2.8|VAL ind=i18 unit=u36 kind=change]][[%|UNIT:u36]]。

[[年末|TIME:t4]][[农业机械总动力|IND:i19]][[511.73万|VAL ind=i19 unit=u37 time=t4]][[千瓦|UNIT:u37]]。[[主要农作物耕种收
综合机械化率|IND:i20]][[87.4|VAL ind=i20 unit=u38]][[%|UNIT:u38]]，比上年提高[[0.9|VAL ind=i20 unit=u39 kind=change]][[个百分点|UNIT:u39]]。累计[[建成
高标准农田|IND:i21]][[436万|VAL ind=i21 unit=u40]][[亩|UNIT:u40]]。
[[全年|TIME:t5]][[农林牧渔业总产值|IND:i22]][[580.99亿|VAL ind=i22 unit=u41 time=t5]][[元|UNIT:u41]]，按可比价格计算，
比上年增长[[3.2|VAL ind=i22 unit=u42 kind=change]][[%|UNIT:u42]]。
三、工业和建筑业
[[年末|TIME:t6]]全市[[规模以上工业企业|IND:i23]][[2875|VAL ind=i23 unit=u43 time=t6]][[户|UNIT:u43]]，比上年末增加[[228|VAL ind=i23 unit=u44 time=t6 kind=change]]
[[户|UNIT:u44]]。[[全年|TIME:t7]][[规模以上工业增加值|IND:i24]]比上年增长[[14.8|VAL ind=i24 unit=u45 time=t7 kind=change]][[%|UNIT:u45]]。分经济类
型看，[[国有控股企业增加值|IND:i25]]增长[[7.4|VAL ind=i25 unit=u46 kind=change]][[%|UNIT:u46]]，[[股份制企业|IND:i26]]增长
[[18.6|VAL ind=i26 unit=u47 kind=change]][[%|UNIT:u47]]，[[外商及港澳台商投资企业|IND:i27]]增长[[13.9|VAL ind=i27 unit=u48 kind=change]][[%|UNIT:u48]]。分门类看，[[采
矿业增加值|IND:i28]]增长[[8.8|VAL ind=i28 unit=u49 kind=change]][[%|UNIT:u49]]，[[制造业|IND:i29]]增长[[15.4|VAL ind=i29 unit=u50 kind=change]][[%|UNIT:u50]]，[[电力、热力、燃
气及水生产和供应业|IND:i30]]增长[[7.5|VAL ind=i30 unit=u51 kind=change]][[%|UNIT:u51]]。分行业看，[[37|VAL ind=i31 unit=u52]][[个|UNIT:u52]][[工业大类
行业|IND:i31]]有[[29|VAL ind=i32 unit=u53]][[个|UNIT:u53]][[保持增长|IND:i32]]。其中，[[汽车制造业增加值|IND:i33]]增长[[38.5|VAL ind=i33 unit=u54 kind=change]][[%|UNIT:u54]]，
[[计算机、通信和其他电子设备制造业|IND:i34]]增长[[26.9|VAL ind=i34 unit=u55 kind=change]][[%|UNIT:u55]]，[[电气机械
和器材制造业|IND:i35]]增长[[10.4|VAL ind=i35 unit=u56 kind=change]][[%|UNIT:u56]]。
规模以上工业统计的主要产品产量中，[[新能源汽车|IND:i36]]增长
[[84.5|VAL ind=i36 unit=u57 kind=change]][[%|UNIT:u57]]，[[彩色电视机|IND:i37]]增长[[12.6|VAL ind=i37 unit=u58 kind=change]][[%|UNIT:u58]]，[[家用洗衣机|IND:i38]]增长[[11.8|VAL ind=i38 unit=u59 kind=change]][[%|UNIT:u59]]，[[液
晶显示屏|IND:i39]]增长[[11.2|VAL ind=i39 unit=u60 kind=change]][[%|UNIT:u60]]。

[[全年|TIME:t8]][[规模以上工业企业实现利润|IND:i40]][[503.98亿|VAL ind=i40 unit=u61 time=t8]][[元|UNIT:u61]]，比上年增
长[[36.7|VAL ind=i40 unit=u62 kind=change]][[%|UNIT:u62]]。分门类看，[[采矿业利润|IND:i41]][[21.34亿|VAL ind=i41 unit=u63]][[元|UNIT:u63]]，增长[[24.9|VAL ind=i41 unit=u64 kind=change]][[%|UNIT:u64]]；
[[制造业|IND:i42]][[456.37亿|VAL ind=i42 unit=u65]][[元|UNIT:u65]]，增长[[35.5|VAL ind=i42 unit=u66 kind=change]][[%|UNIT:u66]]；[[电力、热力、燃气及水生
产和供应业|IND:i43]][[26.27亿|VAL ind=i43 unit=u67]][[元|UNIT:u67]]，增长[[79.8|VAL ind=i43 unit=u68 kind=change]][[%|UNIT:u68]]。[[每百元营业收入中的
成本|IND:i44]]为[[86.91|VAL ind=i44 unit=u69]][[元|UNIT:u69]]，比上年减少[[0.52|VAL ind=i44 unit=u70 kind=change]][[元|UNIT:u70]]。
[[全年|TIME:t9]][[建筑业增加值|IND:i45]][[1876.34亿|VAL ind=i45 unit=u71 time=t9]][[元|UNIT:u71]]，按不变价格计算，比
上年增长[[2.5|VAL ind=i45 unit=u72 kind=change]][[%|UNIT:u72]]。[[年末|TIME:t10]][[具有资质等级的总承包和专业承包建筑
业企业|IND:i46]][[2141|VAL ind=i46 unit=u73]][[户|UNIT:u73]]，其中[[产值超10亿元企业|IND:i47]][[73|VAL ind=i47 unit=u74]][[户|UNIT:u74]]、[[超百亿元
企业|IND:i48]][[16|VAL ind=i48 unit=u75]][[户|UNIT:u75]]。[[房屋建筑施工面积|IND:i49]][[21270.94万|VAL ind=i49 unit=u76]][[平方米|UNIT:u76]]，比上年
下降[[17.9|VAL ind=i49 unit=u77 kind=change]][[%|UNIT:u77]]；[[房屋竣工面积|IND:i50]][[3778.48万|VAL ind=i50 unit=u78]][[平方米|UNIT:u78]]，下降[[36.6|VAL ind=i50 unit=u79 kind=change]][[%|UNIT:u79]]。
四、服务业
[[全年|TIME:t11]][[批发和零售业增加值|IND:i51]][[1439.13亿|VAL ind=i51 unit=u80 time=t11]][[元|UNIT:u80]]，按不变价格计
算，比上年增长[[6.6|VAL ind=i51 unit=u81 kind=change]][[%|UNIT:u81]]；[[交通运输、仓储和邮政业增加值|IND:i52]][[726.81
亿|VAL ind=i52 unit=u82]][[元|UNIT:u82]]，增长[[3.8|VAL ind=i52 unit=u83 kind=change]][[%|UNIT:u83]]；[[住宿和餐饮业增加值|IND:i53]][[304.42亿|VAL ind=i53 unit=u84]][[元|UNIT:u84]]，增长
[[5.6|VAL ind=i53 unit=u85 kind=change]][[%|UNIT:u85]]；[[金融业增加值|IND:i54]][[1265.20亿|VAL ind=i54 unit=u86]][[元|UNIT:u86]]，增长[[6.2|VAL ind=i54 unit=u87 kind=change]][[%|UNIT:u87]]；[[房地产业增
加值|IND:i55]][[872.59 亿|VAL ind=i55 unit=u88]][[元|UNIT:u88]]，下降[[0.2|VAL ind=i55 unit=u89 kind=change]][[%|UNIT:u89]]；[[其他服务业增加值|IND:i56]][[3571.73
亿|VAL ind=i56 unit=u90]][[元|UNIT:u90]]，增长[[4.9|VAL ind=i56 unit=u91 kind=change]][[%|UNIT:u91]]。
[[全年|TIME:t12]][[规模以上服务业企业实现营业收入|IND:i57]][[3505.83亿|VAL ind=i57 unit=u92 time=t12]][[元|UNIT:u92]]，
比上年增长[[11.4|VAL ind=i57 unit=u93 kind=change]][[%|UNIT:u93]]。其中，[[信息传输、软件和信息技术服务
业|IND:i58]]增长[[17.0|VAL ind=i58 unit=u94 kind=change]][[%|UNIT:u94]]，[[租赁和商务服务业|IND:i59]]增长[[13.5|VAL ind=i59 unit=u95 kind=change]][[%|UNIT:u95]]。
[[全年|TIME:t13]][[旅客运输量|IND:i60]][[0.78亿|VAL ind=i60 unit=u96 time=t13]][[人次|UNIT:u96]]，比上年增长[[10.8|VAL ind=i60 unit=u97 time=t13 kind=change]][[%|UNIT:u97]]；[[货物
运输量|IND:i61]][[4.93亿|VAL ind=i61 unit=u98]][[吨|UNIT:u98]]，增长[[5.0|VAL ind=i61 unit=u99 kind=change]][[%|UNIT:u99]]。[[全年|TIME:t14]][[港口货物吞吐量|IND:i62]][[5415.40
万|VAL ind=i62 unit=u100 time=t14]][[吨|UNIT:u100]]，增长[[17.0|VAL ind=i62 unit=u101 kind=change]][[%|UNIT:u101]]，其中[[外贸货物吞吐量|IND:i63]][[75.9万|VAL ind=i63 unit=u102]][[吨|UNIT:u102]]，增长
[[31.0|VAL ind=i63 unit=u103 kind=change]][[%|UNIT:u103]]。[[合肥新桥机场旅客吞吐量|IND:i64]][[1248.14 万|VAL ind=i64 unit=u104]][[人次|UNIT:u104]]，增长
[[11.7|VAL ind=i64 unit=u105 kind=change]][[%|UNIT:u105]]。

[[年末|TIME:t15]][[汽车保有量|IND:i65]][[315.51万|VAL ind=i65 unit=u106 time=t15]][[辆|UNIT:u106]]，比上年末增长[[8.0|VAL ind=i65 unit=u107 time=t15 kind=change]][[%|UNIT:u107]]；其
中[[私人汽车|IND:i66]][[278.06万|VAL ind=i66 unit=u108]][[辆|UNIT:u108]]，增长[[8.6|VAL ind=i66 unit=u109 kind=change]][[%|UNIT:u109]]。[[轿车保有量|IND:i67]][[186.85万|VAL ind=i67 unit=u110]]
[[辆|UNIT:u110]]，增长[[6.4|VAL ind=i67 unit=u111 kind=change]][[%|UNIT:u111]]；其中[[私人轿车|IND:i68]][[175.17万|VAL ind=i68 unit=u112]][[辆|UNIT:u112]]，增长[[6.3|VAL ind=i68 unit=u113 kind=change]][[%|UNIT:u113]]。
[[全年|TIME:t16]][[邮政行业寄递业务量|IND:i69]][[19.46亿|VAL ind=i69 unit=u114 time=t16]][[件|UNIT:u114]]，比上年增长
[[18.2|VAL ind=i69 unit=u115 kind=change]][[%|UNIT:u115]]。[[快递业务量|IND:i70]][[18.02亿|VAL ind=i70 unit=u116]][[件|UNIT:u116]]，增长[[19.5|VAL ind=i70 unit=u117 kind=change]][[%|UNIT:u117]]，实现[[快递业务
收入|IND:i71]][[138.66 亿|VAL ind=i71 unit=u118]][[元|UNIT:u118]]，增长[[16.4|VAL ind=i71 unit=u119 kind=change]][[%|UNIT:u119]]。[[电信业务总量|IND:i72]][[159.06亿|VAL ind=i72 unit=u120]][[元|UNIT:u120]]，
比上年增长[[17.2|VAL ind=i72 unit=u121 kind=change]][[%|UNIT:u121]]。[[年末|TIME:t17]][[本地固定电话用户|IND:i73]][[108.25万|VAL ind=i73 unit=u122 time=t17]][[户|UNIT:u122]]，比
上年末减少[[4.34万|VAL ind=i73 unit=u123 kind=change]][[户|UNIT:u123]]。[[移动电话用户|IND:i74]][[1264.99万|VAL ind=i74 unit=u124]][[户|UNIT:u124]]，增加[[82.17
万|VAL ind=i74 unit=u125 kind=change]][[户|UNIT:u125]]，[[移动电话普及率|IND:i75]][[128.4|VAL ind=i75 unit=u126]][[部/百人|UNIT:u126]]。[[固定互联网宽带接入
用户|IND:i76]][[592.22 万|VAL ind=i76 unit=u127]][[户|UNIT:u127]]，比上年末增加[[47.69万|VAL ind=i76 unit=u128 kind=change]][[户|UNIT:u128]]。
[[全年|TIME:t18]][[入境旅游人数|IND:i77]][[9.17万|VAL ind=i77 unit=u129 time=t18]][[人次|UNIT:u129]]，比上年增长[[47.7|VAL ind=i77 unit=u130 time=t18 kind=change]][[%|UNIT:u130]]，[[收
入|IND:i78]][[4677.06 万|VAL ind=i78 unit=u131]][[美元|UNIT:u131]]，按可比口径增长[[58.3|VAL ind=i78 unit=u132 kind=change]][[%|UNIT:u132]]。[[年末|TIME:t19]]全市[[4A级
及以上旅游景点|IND:i79]]（区）[[29|VAL ind=i79 unit=u133]][[处|UNIT:u133]]。[[年末|TIME:t20]]全市[[旅游星级饭店|IND:i80]][[35|VAL ind=i80 unit=u134 time=t20]][[家|UNIT:u134]]，
其中[[五星级|IND:i81]][[10|VAL ind=i81 unit=u135]][[家|UNIT:u135]]、[[四星级|IND:i82]][[14|VAL ind=i82 unit=u136]][[家|UNIT:u136]]。
五、固定资产投资
[[全年|TIME:t21]][[固定资产投资|IND:i83]]比上年增长[[3.3|VAL ind=i83 unit=u137 time=t21 kind=change]][[%|UNIT:u137]]。分产业看，[[第一产
业投资|IND:i84]]增长[[29.1|VAL ind=i84 unit=u138 kind=change]][[%|UNIT:u138]]；[[第二产业投资|IND:i85]]增长[[8.8|VAL ind=i85 unit=u139 kind=change]][[%|UNIT:u139]]，其中[[工业投资|IND:i86]]
增长[[8.7|VAL ind=i86 unit=u140 kind=change]][[%|UNIT:u140]]；[[第三产业投资|IND:i87]]增长[[0.4|VAL ind=i87 unit=u141 kind=change]][[%|UNIT:u141]]，其中[[基础设施投资|IND:i88]]下
降[[5.6|VAL ind=i88 unit=u142 kind=change]][[%|UNIT:u142]]。
[[全年|TIME:t22]][[房地产开发投资|IND:i89]][[1582.46亿|VAL ind=i89 unit=u143 time=t22]][[元|UNIT:u143]]，比上年增长[[2.4|VAL ind=i89 unit=u144 time=t22 kind=change]][[%|UNIT:u144]]；
其中[[住宅投资|IND:i90]][[1284.23亿|VAL ind=i90 unit=u145]][[元|UNIT:u145]]，增长[[7.2|VAL ind=i90 unit=u146 kind=change]][[%|UNIT:u146]]。[[新建商品房销售面
积|IND:i91]][[974.03 万|VAL ind=i91 unit=u147]][[平方米|UNIT:u147]]，下降[[12.2|VAL ind=i91 unit=u148 kind=change]][[%|UNIT:u148]]。

[[全年|TIME:t23]][[社会消费品零售总额|IND:i92]][[5494.24亿|VAL ind=i92 unit=u149 time=t23]][[元|UNIT:u149]]，比上年增长
[[4.2|VAL ind=i92 unit=u150 kind=change]][[%|UNIT:u150]]。按经营地统计，[[城镇消费品零售额|IND:i93]][[5167.74亿|VAL ind=i93 unit=u151]][[元|UNIT:u151]]，增
长[[4.0|VAL ind=i93 unit=u152 kind=change]][[%|UNIT:u152]]；[[乡村消费品零售额|IND:i94]][[326.50亿|VAL ind=i94 unit=u153]][[元|UNIT:u153]]，增长[[8.9|VAL ind=i94 unit=u154 kind=change]][[%|UNIT:u154]]。按消
费类型统计，[[商品零售额|IND:i95]][[4868.74亿|VAL ind=i95 unit=u155]][[元|UNIT:u155]]，增长[[4.3|VAL ind=i95 unit=u156 kind=change]][[%|UNIT:u156]]；[[餐饮收
入|IND:i96]][[625.50 亿|VAL ind=i96 unit=u157]][[元|UNIT:u157]]，增长[[4.1|VAL ind=i96 unit=u158 kind=change]][[%|UNIT:u158]]。
[[年末|TIME:t24]][[限额以上批发零售和住宿餐饮企业|IND:i97]]（单位）[7][[4142|VAL ind=i97 unit=u159 time=t24]]
[[户|UNIT:u159]]，比上年末增加[[106|VAL ind=i97 unit=u160 kind=change]][[户|UNIT:u160]]。限额以上商品零售额中，[[汽车类|IND:i98]]
增长[[17.7|VAL ind=i98 unit=u161 kind=change]][[%|UNIT:u161]]，[[通讯器材类|IND:i99]]增长[[11.6|VAL ind=i99 unit=u162 kind=change]][[%|UNIT:u162]]，[[家用电器和音像器材
类|IND:i100]]增长[[7.4|VAL ind=i100 unit=u163 kind=change]][[%|UNIT:u163]]，[[文化办公用品类|IND:i101]]增长[[7.2|VAL ind=i101 unit=u164 kind=change]][[%|UNIT:u164]]，[[日用品类|IND:i102]]增长
[[5.5|VAL ind=i102 unit=u165 kind=change]][[%|UNIT:u165]]，[[石油及制品类|IND:i103]]增长[[1.5|VAL ind=i103 unit=u166 kind=change]][[%|UNIT:u166]]。绿色智能化商品中，[[新能源
汽车|IND:i104]]、[[智能手机零售额|IND:i105]]分别增长[[69.8|VAL ind=i104 unit=u167 kind=change]][[%|UNIT:u167]]和[[15.4|VAL ind=i105 unit=u168 kind=change]][[%|UNIT:u168]]。
七、对外经济
[[全年|TIME:t25]][[进出口总额|IND:i106]][[3790.73亿|VAL ind=i106 unit=u169 time=t25]][[元|UNIT:u169]]，比上年增长[[5.7|VAL ind=i106 unit=u170 time=t25 kind=change]][[%|UNIT:u170]]。其中，
[[出口|IND:i107]][[2572.74 亿|VAL ind=i107 unit=u171]][[元|UNIT:u171]]，增长[[10.6|VAL ind=i107 unit=u172 kind=change]][[%|UNIT:u172]]；[[进口|IND:i108]][[1217.99亿|VAL ind=i108 unit=u173]][[元|UNIT:u173]]，下降
[[3.4|VAL ind=i108 unit=u174 kind=change]][[%|UNIT:u174]]。从出口商品看，[[机电产品|IND:i109]]增长[[13.2|VAL ind=i109 unit=u175 kind=change]][[%|UNIT:u175]]，以新能源汽车、
锂电池、太阳能电池为代表的[[“新三样”出口总值|IND:i110]][[348.4亿|VAL ind=i110 unit=u176]][[元|UNIT:u176]]，
增长[[31.2|VAL ind=i110 unit=u177 kind=change]][[%|UNIT:u177]]。
[[全年|TIME:t26]][[新成立外商投资企业|IND:i111]][[215|VAL ind=i111 unit=u178 time=t26]][[户|UNIT:u178]]，比上年增加[[10|VAL ind=i111 unit=u179 time=t26 kind=change]][[户|UNIT:u179]]。
全市[[实际到位外资|IND:i112]][[98.9亿|VAL ind=i112 unit=u180]][[元|UNIT:u180]]，增长[[36.8|VAL ind=i112 unit=u181 kind=change]][[%|UNIT:u181]]。[[全年|TIME:t27]][[对外承包工
程新签合同额|IND:i113]][[27.8亿|VAL ind=i113 unit=u182]][[美元|UNIT:u182]]。劳务合作[[年末|TIME:t28]][[在外人员|IND:i114]][[5638|VAL ind=i114 unit=u183 time=t28]][[人|UNIT:u183]]。
[[年末|TIME:t29]][[62|VAL ind=i115 unit=u184 time=t29]][[家|UNIT:u184]][[境外世界500强企业|IND:i115]]在合肥[[投资设立法人企业|IND:i116]][[100|VAL ind=i116 unit=u185 time=t29]]
[[家|UNIT:u185]]，比上年末新增[[20|VAL ind=i116 unit=u186 kind=change]][[家|UNIT:u186]]。[[中欧班列|IND:i117]]开行国际线路覆盖[[20|VAL ind=i118 unit=u187]][[个|UNIT:u187]]
[[国家|IND:i118]]、[[156|VAL ind=i119 unit=u188]][[个|UNIT:u188]][[站点城市|IND:i119]]，[[全年|TIME:t30]]开行[[909|VAL ind=i117 unit=u189 time=t30]][[列|UNIT:u189]]，比上年增长[[4.7|VAL ind=i117 unit=u190 time=t30 kind=change]][[%|UNIT:u190]]。
八、财政、金融[9]、证券和保险
[[全年|TIME:t31]][[一般公共预算收入|IND:i120]][[955.01亿|VAL ind=i120 unit=u191 time=t31]][[元|UNIT:u191]]，比上年增长[[2.7|VAL ind=i120 unit=u192 time=t31 kind=change]][[%|UNIT:u192]]；
其中[[税收收入|IND:i121]][[675.21亿|VAL ind=i121 unit=u193]][[元|UNIT:u193]]，增长[[0.2|VAL ind=i121 unit=u194 kind=change]][[%|UNIT:u194]]。[[一般公共预算支出|IND:i122]]
[[1581.06 亿|VAL ind=i122 unit=u195]][[元|UNIT:u195]]，增长[[12.0|VAL ind=i122 unit=u196 kind=change]][[%|UNIT:u196]]。重点支出项目中，[[城乡社区支出|IND:i123]]
增长[[25.2|VAL ind=i123 unit=u197 kind=change]][[%|UNIT:u197]]，[[住房保障支出|IND:i124]]增长[[23.7|VAL ind=i124 unit=u198 kind=change]][[%|UNIT:u198]]，[[教育支出|IND:i125]]增长[[3.6|VAL ind=i125 unit=u199 kind=change]][[%|UNIT:u199]]。
[[年末|TIME:t32]]全市[[金融机构本外币各项存款余额|IND:i126]][[28343.58亿|VAL ind=i126 unit=u200 time=t32]][[元|UNIT:u200]]，
比上年末增长[[11.4|VAL ind=i126 unit=u201 kind=change]][[%|UNIT:u201]]。其中，[[住户存款|IND:i127]][[10840.83亿|VAL ind=i127 unit=u202]][[元|UNIT:u202]]，增长
[[14.9|VAL ind=i127 unit=u203 kind=change]][[%|UNIT:u203]]；[[非金融企业存款|IND:i128]][[9006.04亿|VAL ind=i128 unit=u204]][[元|UNIT:u204]]，增长[[9.0|VAL ind=i128 unit=u205 kind=change]][[%|UNIT:u205]]；[[机关团
体存款|IND:i129]][[5381.82亿|VAL ind=i129 unit=u206]][[元|UNIT:u206]]，增长[[1.7|VAL ind=i129 unit=u207 kind=change]][[%|UNIT:u207]]；[[财政性存款|IND:i130]][[1075.86亿|VAL ind=i130 unit=u208]][[元|UNIT:u208]]，
增长[[31.0|VAL ind=i130 unit=u209 kind=change]][[%|UNIT:u209]]；[[非银行业金融机构存款|IND:i131]][[1921.49亿|VAL ind=i131 unit=u210]][[元|UNIT:u210]]，增长
[[30.5|VAL ind=i131 unit=u211 kind=change]][[%|UNIT:u211]]。[[年末|TIME:t33]][[金融机构本外币各项贷款余额|IND:i132]][[30938.52亿|VAL ind=i132 unit=u212 time=t33]][[元|UNIT:u212]]，
比上年末增长[[11.5|VAL ind=i132 unit=u213 kind=change]][[%|UNIT:u213]]。其中，[[住户贷款|IND:i133]][[9686.62亿|VAL ind=i133 unit=u214]][[元|UNIT:u214]]，增长
[[5.2|VAL ind=i133 unit=u215 kind=change]][[%|UNIT:u215]]；[[企（事）业单位贷款|IND:i134]][[21030.04亿|VAL ind=i134 unit=u216]][[元|UNIT:u216]]，增长[[14.6|VAL ind=i134 unit=u217 kind=change]][[%|UNIT:u217]]。

[[全年|TIME:t34]][[新增上市公司|IND:i135]][[4|VAL ind=i135 unit=u218 time=t34]][[家|UNIT:u218]]，[[首发募集资金|IND:i136]][[16.36亿|VAL ind=i136 unit=u219 time=t34]][[元|UNIT:u219]]。[[年
末|TIME:t35]]全市共有[[境内外上市公司|IND:i137]][[92|VAL ind=i137 unit=u220]][[家|UNIT:u220]]，比上年末增加[[4|VAL ind=i137 unit=u221 kind=change]][[家|UNIT:u221]]，其
中[[境内上市公司|IND:i138]][[85|VAL ind=i138 unit=u222]][[家|UNIT:u222]]，增加[[3|VAL ind=i138 unit=u223 kind=change]][[家|UNIT:u223]]。[[全年|TIME:t36]][[债权融资|IND:i139]][[5279.54亿|VAL ind=i139 unit=u224 time=t36]]
[[元|UNIT:u224]]，增长[[27.8|VAL ind=i139 unit=u225 kind=change]][[%|UNIT:u225]]。
[[全年|TIME:t37]][[保险业原保险保费收入|IND:i140]][[461.04亿|VAL ind=i140 unit=u226 time=t37]][[元|UNIT:u226]]，比上年增长
[[8.4|VAL ind=i140 unit=u227 kind=change]][[%|UNIT:u227]]。其中，[[财产险业务原保险保费收入|IND:i141]][[188.16亿|VAL ind=i141 unit=u228]][[元|UNIT:u228]]，增长
[[10.1|VAL ind=i141 unit=u229 kind=change]][[%|UNIT:u229]]；[[人身险业务原保险保费收入|IND:i142]][[272.87亿|VAL ind=i142 unit=u230]][[元|UNIT:u230]]，增长[[7.2|VAL ind=i142 unit=u231 kind=change]][[%|UNIT:u231]]。
[[赔款和给付|IND:i143]][[201.28亿|VAL ind=i143 unit=u232]][[元|UNIT:u232]]，增长[[26.0|VAL ind=i143 unit=u233 kind=change]][[%|UNIT:u233]]。其中，[[财产险业务赔
款支出|IND:i144]][[127.38亿|VAL ind=i144 unit=u234]][[元|UNIT:u234]]，增长[[12.1|VAL ind=i144 unit=u235 kind=change]][[%|UNIT:u235]]；[[人身险业务赔款和给付支
出|IND:i145]][[73.90 亿|VAL ind=i145 unit=u236]][[元|UNIT:u236]]，增长[[60.2|VAL ind=i145 unit=u237 kind=change]][[%|UNIT:u237]]。
九、人民生活和社会保障
[[全年|TIME:t38]][[常住居民人均可支配收入|IND:i146]][[55832|VAL ind=i146 unit=u238 time=t38]][[元|UNIT:u238]]，比上年增长
[[6.2|VAL ind=i146 unit=u239 kind=change]][[%|UNIT:u239]]。