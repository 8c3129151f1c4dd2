
医院中，[[公立医院|IND:i1]][[11754|VAL ind=i1 unit=u1]][[个|UNIT:u1]]，[[民营医院|IND:i2]][[26956|VAL ind=i2 unit=u2]][[个|UNIT:u2]]。医院按等级分：[[三级医院|IND:i3]][[4111|VAL ind=i3 unit=u3]][[个|UNIT:u3]]（其中：[[三级甲等医院|IND:i4]][[1876|VAL ind=i4 unit=u4]][[个|UNIT:u4]]），[[二级医院|IND:i5]][[12294|VAL ind=i5 unit=u5]][[个|UNIT:u5]]，[[一级医院|IND:i6]][[13287|VAL ind=i6 unit=u6]][[个|UNIT:u6]]，[[未定级医院|IND:i7]][[9018|VAL ind=i7 unit=u7]][[个|UNIT:u7]]。

医院按床位数分：[[100张以下床位医院|IND:i8]][[22721|VAL ind=i8 unit=u8]][[个|UNIT:u8]]，[[100～199张床位医院|IND:i9]][[5813|VAL ind=i9 unit=u9]][[个|UNIT:u9]]，[[200～499张床位医院|IND:i10]][[5543|VAL ind=i10 unit=u10]][[个|UNIT:u10]]，[[500～799张床位医院|IND:i11]][[2290|VAL ind=i11 unit=u11]][[个|UNIT:u11]]，[[800张及以上床位医院|IND:i12]][[2343|VAL ind=i12 unit=u12]][[个|UNIT:u12]]。

基层医疗卫生机构中，[[社区卫生服务中心（站）|IND:i13]][[37301|VAL ind=i13 unit=u13]][[个|UNIT:u13]]（其中：[[社区卫生服务中心|IND:i14]][[10228|VAL ind=i14 unit=u14]][[个|UNIT:u14]]，[[社区卫生服务站|IND:i15]][[27073|VAL ind=i15 unit=u15]][[个|UNIT:u15]]），[[乡镇卫生院|IND:i16]][[33334|VAL ind=i16 unit=u16]][[个|UNIT:u16]]，[[诊所和医务室|IND:i17]][[351736|VAL ind=i17 unit=u17]][[个|UNIT:u17]]，[[村卫生室|IND:i18]][[570410|VAL ind=i18 unit=u18]][[个|UNIT:u18]]。

专业公共卫生机构中，[[疾病预防控制中心|IND:i19]][[3439|VAL ind=i19 unit=u19]][[个|UNIT:u19]]，其中：[[省级|IND:i20]][[31|VAL ind=i20 unit=u20]][[个|UNIT:u20]]、[[地（市）级|IND:i21]][[419|VAL ind=i21 unit=u21]][[个|UNIT:u21]]、[[县（区、县级市）级|IND:i22]][[2858|VAL ind=i22 unit=u22]][[个|UNIT:u22]]。[[妇幼保健机构|IND:i23]][[3073|VAL ind=i23 unit=u23]][[个|UNIT:u23]]，其中：[[省级|IND:i24]][[26|VAL ind=i24 unit=u24]][[个|UNIT:u24]]、[[地（市）级|IND:i25]][[385|VAL ind=i25 unit=u25]][[个|UNIT:u25]]、[[县（区、县级市）级|IND:i26]][[2593|VAL ind=i26 unit=u26]][[个|UNIT:u26]]。

### （二）床位数

[[2024年末|TIME:t1]]，全国[[医疗卫生机构床位|IND:i27]][[1029.8万|VAL ind=i27 unit=u27 time=t1]][[张|UNIT:u27]]，其中：[[医院|IND:i28]][[812.0万|VAL ind=i28 unit=u28 time=t1]][[张|UNIT:u28]]（占[[78.8|VAL ind=i28 unit=u29 time=t1]][[%|UNIT:u29]]），[[基层医疗卫生机构|IND:i29]][[182.9万|VAL ind=i29 unit=u30 time=t1]][[张|UNIT:u30]]（占[[17.8|VAL ind=i29 unit=u31 time=t1]][[%|UNIT:u31]]），[[专业公共卫生机构|IND:i30]][[32.7万|VAL ind=i30 unit=u32 time=t1]][[张|UNIT:u32]]（占[[3.2|VAL ind=i30 unit=u33 time=t1]][[%|UNIT:u33]]）。医院中，[[公立医院床位|IND:i31]]占[[69.0|VAL ind=i31 unit=u34]][[%|UNIT:u34]]，[[民营医院床位|IND:i32]]占[[31.0|VAL ind=i32 unit=u35]][[%|UNIT:u35]]。与上年比较，[[床位|IND:i33]]增加[[12.5万|VAL ind=i33 unit=u36 kind=change]][[张|UNIT:u36]]，其中：[[公立医院|IND:i34]]增加[[7.0万|VAL ind=i34 unit=u37 kind=change]][[张|UNIT:u37]]，[[民营医院|IND:i35]]增加[[4.5万|VAL ind=i35 unit=u38 kind=change]][[张|UNIT:u38]]；[[基层医疗卫生机构床位|IND:i36]]增加[[0.8万|VAL ind=i36 unit=u39 kind=change]][[张|UNIT:u39]]，[[专业公共卫生机构床位|IND:i37]]增加[[0.2万|VAL ind=i37 unit=u40 kind=change]][[张|UNIT:u40]]。[[每千人口医疗卫生机构床位数|IND:i38]]由[[2023年|TIME:t2]][[7.23|VAL ind=i38 unit=u41 time=t2]][[张|UNIT:u41]]增加到[[2024年|TIME:t3]][[7.32|VAL ind=i38 unit=u42 time=t3]][[张|UNIT:u42]]。

### （三）卫生人员总数

[[2024年末|TIME:t4]]，全国[[卫生人员总数|IND:i39]][[1578.0万|VAL ind=i39 unit=u43 time=t4]][[人|UNIT:u43]]，比上年增加[[54.2万|VAL ind=i39 unit=u44 time=t4 kind=change]][[人|UNIT:u44]]（增长[[3.6|VAL ind=i39 unit=u45 time=t4 kind=change]][[%|UNIT:u45]]）。

[[2024年末|TIME:t5]]卫生人员总数中，[[卫生技术人员|IND:i40]][[1302.0万|VAL ind=i40 unit=u46 time=t5]][[人|UNIT:u46]]。卫生技术人员中，[[执业（助理）医师|IND:i41]][[508.2万|VAL ind=i41 unit=u47]][[人|UNIT:u47]]，[[注册护士|IND:i42]][[585.5万|VAL ind=i42 unit=u48]][[人|UNIT:u48]]。与上年比较，[[卫生技术人员|IND:i43]]增加[[53.1万|VAL ind=i43 unit=u49 kind=change]][[人|UNIT:u49]]（增长[[4.3|VAL ind=i43 unit=u50 kind=change]][[%|UNIT:u50]]）。

[[2024年末|TIME:t6]]卫生人员机构分布：[[医院|IND:i44]][[937.4万|VAL ind=i44 unit=u51 time=t6]][[人|UNIT:u51]]（占[[59.4|VAL ind=i44 unit=u52 time=t6]][[%|UNIT:u52]]），[[基层医疗卫生机构|IND:i45]][[525.7万|VAL ind=i45 unit=u53 time=t6]][[人|UNIT:u53]]（占[[33.3|VAL ind=i45 unit=u54 time=t6]][[%|UNIT:u54]]），[[专业公共卫生机构|IND:i46]][[100.5万|VAL ind=i46 unit=u55 time=t6]][[人|UNIT:u55]]（占[[6.4|VAL ind=i46 unit=u56 time=t6]][[%|UNIT:u56]]）。

[[2024年|TIME:t7]]，[[每千人口执业（助理）医师|IND:i47]][[3.61|VAL ind=i47 unit=u57 time=t7]][[人|UNIT:u57]]，[[每千人口注册护士|IND:i48]][[4.16|VAL ind=i48 unit=u58 time=t7]][[人|UNIT:u58]]；[[每万人口全科医生|IND:i49]][[4.54|VAL ind=i49 unit=u59]][[人|UNIT:u59]]，[[每万人口专业公共卫生机构人员|IND:i50]][[7.15|VAL ind=i50 unit=u60]][[人|UNIT:u60]]。

注：全科医生数指注册为全科医学专业的执业（助理）医师与注册为乡村全科执业助理医师之和，不含尚未注册的取得全科医生培训合格证书的人数。

### （四）卫生总费用

[[2024年|TIME:t8]]全国[[卫生总费用|IND:i51]]初步核算为[[90895.5亿|VAL ind=i51 unit=u61 time=t8]][[元|UNIT:u61]]，其中：[[政府卫生支出|IND:i52]][[22608.0亿|VAL ind=i52 unit=u62 time=t8]][[元|UNIT:u62]]，占[[24.9|VAL ind=i52 unit=u63 time=t8]][[%|UNIT:u63]]；[[社会卫生支出|IND:i53]][[43280.0亿|VAL ind=i53 unit=u64]][[元|UNIT:u64]]，占[[47.6|VAL ind=i53 unit=u65]][[%|UNIT:u65]]；[[个人卫生支出|IND:i54]][[25007.5亿|VAL ind=i54 unit=u66]][[元|UNIT:u66]]，占[[27.5|VAL ind=i54 unit=u67]][[%|UNIT:u67]]。[[人均卫生总费用|IND:i55]][[6454.4|VAL ind=i55 unit=u68]][[元|UNIT:u68]]，[[卫生总费用占GDP的比重|IND:i56]]为[[6.7|VAL ind=i56 unit=u69]][[%|UNIT:u69]]。

注：[[2024年|TIME:t9]]系初步核算数。

## 二、医疗服务

### （一）门诊和住院量

[[2024年|TIME:t10]]，全国[[医疗卫生机构总诊疗人次|IND:i57]][[101.5亿|VAL ind=i57 time=t10]]，比上年增加[[6.0亿|VAL ind=i57 unit=u70 time=t10 kind=change]][[人次|UNIT:u70]]（增长[[6.2|VAL ind=i57 unit=u71 time=t10 kind=change]][[%|UNIT:u71]]）。

[[2024年|TIME:t11]]总诊疗量中，[[三级医院|IND:i58]][[28.7亿|VAL ind=i58 unit=u72 time=t11]][[人次|UNIT:u72]]（占[[28.3|VAL ind=i58 unit=u73 time=t11]][[％|UNIT:u73]]），[[一级、二级医院和基层医疗卫生机构|IND:i59]][[67.6亿|VAL ind=i59 unit=u74 time=t11]][[人次|UNIT:u74]]（占[[66.6|VAL ind=i59 unit=u75 time=t11]][[％|UNIT:u75]]），[[未定级医院|IND:i60]][[1.7亿|VAL ind=i60 unit=u76 time=t11]][[人次|UNIT:u76]]（占[[1.7|VAL ind=i60 unit=u77 time=t11]][[%|UNIT:u77]]），[[其他医疗卫生机构|IND:i61]][[3.5亿|VAL ind=i61 unit=u78 time=t11]][[人次|UNIT:u78]]（占[[3.4|VAL ind=i61 unit=u79 time=t11]][[％|UNIT:u79]]）。与上年比较，[[三级医院诊疗量|IND:i62]]增加[[2.4亿|VAL ind=i62 unit=u80 kind=change]][[人次|UNIT:u80]]，[[一级、二级医院和基层医疗卫生机构诊疗量|IND:i63]]增加[[3.5亿|VAL ind=i63 unit=u81 kind=change]][[人次|UNIT:u81]]。

[[2024年|TIME:t12]]，[[公立医院诊疗人次|IND:i64]][[37.7亿|VAL ind=i64 time=t12]]（[[占医院总诊疗人次|IND:i65]]的[[83.7|VAL ind=i65 unit=u82 time=t12]][[%|UNIT:u82]]），[[民营医院诊疗人次|IND:i66]][[7.3亿|VAL ind=i66 time=t12]]（[[占医院总诊疗人次|IND:i67]]的[[16.3|VAL ind=i67 unit=u83 time=t12]][[%|UNIT:u83]]）。

[[2024年|TIME:t13]]，[[乡镇卫生院、社区卫生服务中心（站）、村卫生室诊疗人次|IND:i68]][[39.8亿|VAL ind=i68 time=t13]]，比上年增加[[2.3亿|VAL ind=i68 unit=u84 time=t13 kind=change]][[人次|UNIT:u84]]。

[[2024年|TIME:t14]]，全国[[医疗卫生机构入院人次|IND:i69]][[31192.0万|VAL ind=i69 time=t14]]。其中[[医院|IND:i70]][[25462.0万|VAL ind=i70 unit=u85]][[人次|UNIT:u85]]（占[[81.6|VAL ind=i70 unit=u86]][[％|UNIT:u86]]），[[基层医疗卫生机构|IND:i71]][[4539.7万|VAL ind=i71 unit=u87]][[人次|UNIT:u87]]（占[[14.6|VAL ind=i71 unit=u88]][[％|UNIT:u88]]），[[其他医疗卫生机构|IND:i72]][[1190.3万|VAL ind=i72 unit=u89]][[人次|UNIT:u89]]（占[[3.8|VAL ind=i72 unit=u90]][[％|UNIT:u90]]）。与上年比较，全国[[医疗卫生机构入院|IND:i73]]增加[[1004.7万|VAL ind=i73 unit=u91 kind=change]][[人次|UNIT:u91]]（增长[[3.3|VAL ind=i73 unit=u92 kind=change]][[%|UNIT:u92]]）。

[[2024年|TIME:t15]]，[[公立医院入院人次|IND:i74]][[20959.6万|VAL ind=i74 time=t15]]（[[占医院总入院人次|IND:i75]]的[[82.3|VAL ind=i75 unit=u93 time=t15]][[%|UNIT:u93]]），[[民营医院入院人次|IND:i76]][[4502.4万|VAL ind=i76 time=t15]]（[[占医院总入院人次|IND:i77]]的[[17.7|VAL ind=i77 unit=u94 time=t15]][[%|UNIT:u94]]）。

### （二）医院医师工作情况

[[2024年|TIME:t16]]，[[医院医师日均担负诊疗|IND:i78]][[6.7|VAL ind=i78 unit=u95 time=t16]][[人次|UNIT:u95]]、[[住院|IND:i79]][[2.3|VAL ind=i79 unit=u96 time=t16]][[床日|UNIT:u96]]，其中：[[公立医院医师日均担负诊疗|IND:i80]][[7.2|VAL ind=i80 unit=u97 time=t16]][[人次|UNIT:u97]]、[[住院|IND:i81]][[2.2|VAL ind=i81 unit=u98 time=t16]][[床日|UNIT:u98]]。

### （三）病床使用

[[2024年|TIME:t17]]，全国[[医院病床使用率|IND:i82]][[78.8|VAL ind=i82 unit=u99 time=t17]][[％|UNIT:u99]]，其中：[[公立医院|IND:i83]][[84.8|VAL ind=i83 unit=u100 time=t17]][[%|UNIT:u100]]。[[2024年|TIME:t18]][[医院出院者平均住院日|IND:i84]][[8.6|VAL ind=i84 unit=u101 time=t18]][[日|UNIT:u101]]，其中：[[公立医院|IND:i85]][[8.0|VAL ind=i85 unit=u102 time=t18]][[日|UNIT:u102]]。

### （四）改善医疗服务

[[截至2024年底|TIME:t19]]，二级及以上公立医院中，[[65.7|VAL ind=i86 unit=u103 time=t19]][[%|UNIT:u103]][[开展预约诊疗|IND:i86]]，[[90.4|VAL ind=i87 unit=u104 time=t19]][[%|UNIT:u104]][[开展临床路径管理|IND:i87]]，[[68.0|VAL ind=i88 unit=u105 time=t19]][[%|UNIT:u105]][[开展远程医疗服务|IND:i88]]，[[90.4|VAL ind=i89 unit=u106 time=t19]][[%|UNIT:u106]][[参与同级检查结果互认|IND:i89]]，[[93.6|VAL ind=i90 unit=u107 time=t19]][[%|UNIT:u107]][[开展优质护理服务|IND:i90]]。

### （五）血液保障

[[2024年|TIME:t20]]，[[全年|TIME:t21]][[无偿献血人次数|IND:i91]][[1582.2万|VAL ind=i91 unit=u108 time=t21]][[人次|UNIT:u108]]，[[献血量|IND:i92]][[2692.7万|VAL ind=i92 unit=u109 time=t21]][[单位|UNIT:u109]]，[[千人口献血率|IND:i93]][[11.4|VAL ind=i93 time=t21]]。

## 三、基层卫生服务

### （一）农村卫生

[[2024年末|TIME:t22]]，全国共有[[县级（含县级市）医院|IND:i94]][[18243|VAL ind=i94 unit=u110 time=t22]][[个|UNIT:u110]]、[[县级（含县级市）妇幼保健机构|IND:i95]][[1871|VAL ind=i95 unit=u111 time=t22]][[个|UNIT:u111]]、[[县级（含县级市）疾病预防控制中心|IND:i96]][[2018|VAL ind=i96 unit=u112 time=t22]][[个|UNIT:u112]]，[[三类县级（含县级市）医疗卫生机构共有卫生人员|IND:i97]][[386.7万|VAL ind=i97 unit=u113 time=t22]][[人|UNIT:u113]]。

[[2024年末|TIME:t23]]，全国共有[[3.3万|VAL ind=i98 unit=u114 time=t23]][[个|UNIT:u114]][[乡镇卫生院|IND:i98]]，[[床位|IND:i99]][[150.1万|VAL ind=i99 unit=u115 time=t23]][[张|UNIT:u115]]，[[卫生人员|IND:i100]][[168.2万|VAL ind=i100 unit=u116 time=t23]][[人|UNIT:u116]]（其中[[卫生技术人员|IND:i101]][[141.2万|VAL ind=i101 unit=u117 time=t23]][[人|UNIT:u117]]）。与上年比较，[[乡镇卫生院|IND:i102]]减少[[419|VAL ind=i102 unit=u118 kind=change]][[个|UNIT:u118]]，[[床位|IND:i103]]减少[[0.3万|VAL ind=i103 unit=u119 kind=change]][[张|UNIT:u119]]，[[人员|IND:i104]]增加[[7.7万|VAL ind=i104 unit=u120 kind=change]][[人|UNIT:u120]]。乡镇卫生院减少的主要原因是行政区划调整，部分乡镇卫生院合并。

[[2024年末|TIME:t24]]，全国共有[[57.0万|VAL ind=i105 unit=u121 time=t24]][[个|UNIT:u121]][[村卫生室|IND:i105]]。[[在村卫生室工作的人员|IND:i106]][[124.2万|VAL ind=i106 unit=u122]][[人|UNIT:u122]]，其中：[[执业（助理）医师和持乡村医生证的人员|IND:i107]][[102.6万|VAL ind=i107 unit=u123]][[人|UNIT:u123]]，[[注册护士|IND:i108]][[19.8万|VAL ind=i108 unit=u124]][[人|UNIT:u124]]，[[卫生员|IND:i109]][[0.9万|VAL ind=i109 unit=u125]][[人|UNIT:u125]]。与上年比较，[[村卫生室数|IND:i110]]减少[[1.2万|VAL ind=i110 unit=u126 kind=change]][[个|UNIT:u126]]。村卫生室减少的主要原因是行政区划调整，部分村卫生室合并。

注：村卫生室执业（助理）医师和注册护士数包括乡镇卫生院派驻的数字。

[[2024年|TIME:t25]]，全国[[县级（含县级市）医院诊疗人次|IND:i111]][[15.2亿|VAL ind=i111 time=t25]]，比上年增加[[0.8亿|VAL ind=i111 unit=u127 time=t25 kind=change]][[人次|UNIT:u127]]；[[入院人次|IND:i112]][[10166.2万|VAL ind=i112]]，比上年增加[[156.1万|VAL ind=i112 unit=u128 kind=change]][[人次|UNIT:u128]]；[[病床使用率|IND:i113]][[75.6|VAL ind=i113 unit=u129]][[%|UNIT:u129]]，比上年下降[[0.9|VAL ind=i113 unit=u130 kind=change]][[个百分点|UNIT:u130]]。

[[2024年|TIME:t26]]，[[乡镇卫生院诊疗人次|IND:i114]][[13.8亿|VAL ind=i114 time=t26]]，比上年增加[[0.7亿|VAL ind=i114 unit=u131 time=t26 kind=change]][[人次|UNIT:u131]]；[[入院人次|IND:i115]][[3914.9万|VAL ind=i115]]，比上年减少[[77.2万|VAL ind=i115 unit=u132 kind=change]][[人次|UNIT:u132]]。[[2024年|TIME:t27]]，[[医师日均担负诊疗|IND:i116]][[9.7|VAL ind=i116 unit=u133 time=t27]][[人次|UNIT:u133]]，[[住院|IND:i117]][[1.3|VAL ind=i117 unit=u134 time=t27]][[床日|UNIT:u134]]，[[病床使用率|IND:i118]][[52.4|VAL ind=i118 unit=u135 time=t27]][[%|UNIT:u135]]，[[出院者平均住院日|IND:i119]][[6.4|VAL ind=i119 unit=u136 time=t27]][[日|UNIT:u136]]。与上年比较，[[乡镇卫生院医师日均担负诊疗人次|IND:i120]]增加[[0.5|VAL ind=i120 unit=u137 kind=change]][[人次|UNIT:u137]]，日均担负住院床日基本无变化，[[病床使用率|IND:i121]]下降[[0.9|VAL ind=i121 unit=u138 kind=change]][[个百分点|UNIT:u138]]，平均住院日基本持平。

[[2024年|TIME:t28]]，[[村卫生室诊疗人次|IND:i122]][[14.4亿|VAL ind=i122 time=t28]]，比上年增加[[0.4亿|VAL ind=i122 unit=u139 time=t28 kind=change]][[人次|UNIT:u139]]，[[平均每个村卫生室年诊疗量|IND:i123]][[2520|VAL ind=i123 unit=u140 time=t28]][[人次|UNIT:u140]]。

### （二）社区卫生

[[2024年末|TIME:t29]]，全国共有[[社区卫生服务中心（站）|IND:i124]][[37301|VAL ind=i124 unit=u141 time=t29]][[个|UNIT:u141]]，其中：[[社区卫生服务中心|IND:i125]][[10228|VAL ind=i125 unit=u142 time=t29]][[个|UNIT:u142]]，[[社区卫生服务站|IND:i126]][[27073|VAL ind=i126 unit=u143 time=t29]][[个|UNIT:u143]]。与上年比较，[[社区卫生服务中心|IND:i127]]增加[[158|VAL ind=i127 unit=u144 kind=change]][[个|UNIT:u144]]，[[社区卫生服务站|IND:i128]]减少[[34|VAL ind=i128 unit=u145 kind=change]][[个|UNIT:u145]]。[[社区卫生服务中心人员|IND:i129]][[66.6万|VAL ind=i129 unit=u146]][[人|UNIT:u146]]，[[平均每个中心|IND:i130]][[65|VAL ind=i130 unit=u147]][[人|UNIT:u147]]；[[社区卫生服务站人员|IND:i131]][[16.2万|VAL ind=i131 unit=u148]][[人|UNIT:u148]]，[[平均每站|IND:i132]][[6|VAL ind=i132 unit=u149]][[人|UNIT:u149]]。[[社区卫生服务中心（站）人员数|IND:i133]]比上年增加[[5.0万|VAL ind=i133 unit=u150 kind=change]][[人|UNIT:u150]]，增长[[6.4|VAL ind=i133 unit=u151 kind=change]][[%|UNIT:u151]]。

[[2024年|TIME:t30]]，全国[[社区卫生服务中心诊疗人次|IND:i134]][[9.3亿|VAL ind=i134 time=t30]]，[[入院人次|IND:i135]][[542.8万|VAL ind=i135 time=t30]]；[[平均每个中心年诊疗量|IND:i136]][[9.1万|VAL ind=i136 unit=u152]][[人次|UNIT:u152]]，[[年入院量|IND:i137]][[531|VAL ind=i137 unit=u153]][[人次|UNIT:u153]]；[[医师日均担负诊疗|IND:i138]][[16.3|VAL ind=i138 unit=u154]][[人次|UNIT:u154]]、[[住院|IND:i139]][[0.6|VAL ind=i139 unit=u155]][[床日|UNIT:u155]]。[[2024年|TIME:t31]]，全国[[社区卫生服务站诊疗人次|IND:i140]][[2.3亿|VAL ind=i140 time=t31]]，[[平均每个站年诊疗量|IND:i141]][[8625|VAL ind=i141 unit=u156 time=t31]][[人次|UNIT:u156]]，[[医师日均担负诊疗|IND:i142]][[14.4|VAL ind=i142 unit=u157 time=t31]][[人次|UNIT:u157]]。

### （三）基本公共卫生服务项目

[[基本公共卫生服务项目人均财政补助标准|IND:i143]]从[[2023年|TIME:t32]]的[[89|VAL ind=i143 unit=u158 time=t32]][[元|UNIT:u158]]提高至[[2024年|TIME:t33]]的[[94|VAL ind=i143 unit=u159 time=t33]][[元|UNIT:u159]]。在基本公共卫生服务高血压、糖尿病两种慢性病患者健康服务基础上，组织开展慢性阻塞性肺疾病患者健康服务。[[2024年|TIME:t34]]，[[年内|TIME:t35]][[在基层医疗卫生机构接受健康服务的65岁及以上老年人数|IND:i144]][[14136.0万|VAL ind=i144 time=t35]]，[[接受健康服务的高血压患者人数|IND:i145]][[11536.7万|VAL ind=i145 time=t35]]，[[接受健康服务的2型糖尿病患者人数|IND:i146]][[4086.7万|VAL ind=i146 time=t35]]，[[接受健康服务的慢性阻塞性肺疾病患者人数|IND:i147]][[108.1万|VAL ind=i147 time=t35]]。

## 四、中医药服务

### （一）中医类机构、床位及人员数

[[2024年|TIME:t36]]，全国[[中医类医疗卫生机构总数|IND:i148]][[103704|VAL ind=i148 unit=u160 time=t36]][[个|UNIT:u160]]，比上年增加[[11173|VAL ind=i148 unit=u161 time=t36 kind=change]][[个|UNIT:u161]]。其中：[[中医类医院|IND:i149]][[6397|VAL ind=i149 unit=u162]][[个|UNIT:u162]]，[[中医类门诊部、诊所|IND:i150]][[97268|VAL ind=i150 unit=u163]][[个|UNIT:u163]]，[[中医类研究机构|IND:i151]][[39|VAL ind=i151 unit=u164]][[个|UNIT:u164]]。与上年比较，[[中医类医院|IND:i152]]增加[[222|VAL ind=i152 unit=u165 kind=change]][[个|UNIT:u165]]，[[中医类门诊部及诊所|IND:i153]]增加[[10951|VAL ind=i153 unit=u166 kind=change]][[个|UNIT:u166]]。