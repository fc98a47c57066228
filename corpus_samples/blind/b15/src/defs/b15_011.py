from _h import F, W, reqs

D1 = """NORTHSTAR AMBULATORY INFUSION CENTER - MINNEAPOLIS WEST
AUGMENTATION THERAPY FLOW LOG (A1PI)                          Report run 02/13/2026 07:15
-------------------------------------------------------------------------------------------
Patient   HALVORSEN, BRIAN M            DOB 05/30/1973       NAIC MRN 0044817
Referring Ingrid Solberg, MD (Minnesota Lung Associates)
Payer     Aetna Choice POS II           Precert 2025-118840-PC (09/15/2025-09/14/2026)
Drug      Prolastin-C Liquid (alpha1-PI) 50 mg/mL - vials 4,000 mg/80 mL and 1,000 mg/20 mL
Order     60 mg/kg IV weekly; dose to whole vials 5,000 mg while wt 77-91 kg (order 09/2025)
Weights   in lb on center scale, every 4th visit or if clinically indicated
-------------------------------------------------------------------------------------------
 #  Date      Wt (lb)  Dose mg  Lots (4 g / 1 g)          Exp (4 g / 1 g)     Start  End    Waste mg  Rxn  RN
 1  11/06/25  187.4    5000     P4C0913 / P1C1120         08/27 / 09/27       0905   0921   0         N    KL
 2  11/13/25           5000     P4C0913 / P1C1120         08/27 / 09/27       0910   0925   0         N    KL
 3  11/20/25           5000     P4C0913 / P1C1120         08/27 / 09/27       0858   0913   0         N    JS
 4  11/26/25           5000     P4C0913 / P1C1120         08/27 / 09/27       0920   0936   0         N    KL   Wed (holiday)
 5  12/04/25  186.0    5000     P4D0144 / P1C1120         10/27 / 09/27       0907   0922   0         N    KL
 6  12/11/25           5000     P4D0144 / P1D0217         10/27 / 10/27       0911   0926   0         N    JS
 7  12/18/25           5000     P4D0144 / P1D0217         10/27 / 10/27       0904   0919   0         N    KL
 8  12/26/25           5000     P4D0144 / P1D0217         10/27 / 10/27       1002   1017   0         N    KL   Fri (holiday)
 9  01/02/26           5000     P4D0144 / P1D0217         10/27 / 10/27       0915   0931   0         N    JS   Fri (holiday)
10  01/08/26  185.6    5000     P4E0306 / P1D0217         11/27 / 10/27       0909   0924   0         N    KL
11  01/15/26           5000     P4E0306 / P1D0217         11/27 / 10/27       0906   0921   0         N    KL
12  01/22/26           5000     P4E0306 / P1E0402         11/27 / 11/27       0913   0928   0         N    JS
13  01/29/26           5000     P4E0306 / P1E0402         11/27 / 11/27       0908   0923   0         N    KL
14  02/05/26  185.2    5000     P4E0306 / P1E0402         11/27 / 11/27       0912          0         N    KL   pump occlusion alarm
                                                                                                                0919 (kinked tubing),
                                                                                                                resolved; end time not
                                                                                                                charted
15  02/12/26           5000     P4E0311 / P1E0402         11/27 / 11/27       0910   0926   0         N    KL
-------------------------------------------------------------------------------------------
Legend: Dose = labeled mg of vials infused (entire contents). Exp = MM/YY. Start/End = A1PI
infusion start and end on pump. Waste = mg discarded. Rxn = infusion reaction.
RN: KL = Kari Lindahl, RN; JS = Jonah Strand, RN
Visit 14 (02/05/26) nursing comments: arrived 0848; PIV 22 g L forearm 0901; VS 0855 BP
134/84 HR 92 SpO2 94 %; post VS 0950 BP 130/82 HR 88 SpO2 95 %; smells of smoke - pt
states he smoked in the car; Dr. Solberg notified per protocol. PIV out 0952, left 0955.
Cumulative this report: 15 doses, 75,000 mg, 0 mg waste, 0 reactions.
"""

D2 = """MINNESOTA LUNG ASSOCIATES - Pulmonary Clinic
Progress Note                                                      Visit: 02/05/2026 13:30
Patient: Brian M. Halvorsen    DOB 05/30/1973    Age 52    MRN MLA-775102
Provider: Ingrid Solberg, MD    Payer: Aetna Choice POS II (precert 2025-118840-PC)

Reason: 3-month AATD follow-up; infusion center reported tobacco odor this morning.

History
Mr. Halvorsen has alpha-1 antitrypsin deficiency, PI*ZZ (genotyped 2016; serum AAT
24 mg/dL by nephelometry before treatment), with emphysema diagnosed at 42. He quit smoking
in 2016 when diagnosed (25 pack-years) and has received Prolastin-C, now Prolastin-C
Liquid, weekly since 2017, currently at Northstar AIC.

Today he tells me that he started smoking again in 11/2025 after his divorce, about
5-8 cigarettes a day, more on weekends. He smoked this morning before his infusion. He is
embarrassed, wants to quit, and asked for help. No vaping. Alcohol increased to 3-4
beers on weekends.

Respiratory: slightly more morning cough for 2 months, no purulence, no fever. No
exacerbation needing steroids or antibiotics in the last 12 months. Exercise: walks the
dog 30 min daily, unchanged.

Medications: Prolastin-C Liquid 60 mg/kg IV weekly (Northstar AIC); Trelegy Ellipta
100-62.5-25 mcg daily; albuterol PRN; sertraline 50 mg daily (started 12/2025 by PCP);
omeprazole 20 mg.

Exam: BP 136/86, HR 90, SpO2 94 % RA, weight 185 lb (clinic scale, clothed), BMI 26.6.
Smells of tobacco. Diminished breath sounds throughout, prolonged expiratory phase, no
wheeze.

Data: Spirometry today: post-BD FEV1 1.88 L (46 % predicted), FEV1/FVC 0.43, severe
obstruction, not different from 02/2025 (1.91 L, 47 % predicted) or 02/2023 (1.95 L,
47 % predicted). Exhaled CO 14 ppm (consistent with current smoking). DLCO 2025 52 %.

Assessment / Plan
1. Alpha-1 antitrypsin deficiency (PI*ZZ) with emphysema. Lung function has been stable
   on augmentation for three years and he has had no exacerbations this year; tolerating
   therapy. Continue weekly Prolastin-C Liquid.
2. Tobacco use disorder - relapsed, current smoker 5-8 cig/day (F17.210). Counseled for
   10 min: smoking negates much of the benefit of augmentation and accelerates emphysema
   in AATD. Started varenicline 0.5 mg daily x3 d, then 0.5 mg BID x4 d, then 1 mg BID;
   nicotine patch 14 mg/day + gum 2 mg PRN. Quit date 02/14/2026. Referred to QUITPLAN.
   Note: Aetna criteria for continued A1PI coverage include "current non-smoker"; his
   precert renewal is due 09/2026 - I told him continued smoking could jeopardize coverage.
3. Mood/alcohol: on sertraline; discussed limiting alcohol; PCP follow-up.
4. Recheck exhaled CO at next visit in 6 weeks.

Ingrid Solberg, MD    e-signed 02/05/2026 15:02
"""

CHART = {
    "chart_id": "b15-011",
    "date_of_service": "2026-02-05",
    "payer": {"profile": "commercial", "name": "Aetna Choice POS II"},
    "prior_authorization": "2025-118840-PC",
    "claim_lines": [
        {"hcpcs": "J0256", "units": 500, "modifiers": []},
        {"hcpcs": "96365", "units": 1, "modifiers": []},
    ],
    "documents": [
        {"id": "d1", "type": "infusion_record", "date": "2026-02-13", "text": D1},
        {"id": "d2", "type": "progress_note", "date": "2026-02-05", "text": D2},
    ],
}

GOLD = {
    "chart_id": "b15-011",
    "profile": "commercial",
    "requirements": reqs(
        "commercial",
        aatd_diagnosis="met", genotype="met", serum_aat_level="met",
        lung_disease_evidence="met", patient_weight="met", dose_administered="met",
        dose_matches_weight="met", units_match_dose="met", wastage_documented="met",
        lot_number="met", expiration_date="met", infusion_times="missing",
        response_to_therapy="met", prior_authorization="met", code_selection="met",
        smoking_status="conflict", fev1_range="met",
    ),
    "findings": [
        F("aatd_diagnosis", ("d2", "alpha-1 antitrypsin deficiency, PI*ZZ (genotyped 2016")),
        F("genotype", ("d2", "PI*ZZ (genotyped 2016"), alleles=["Z", "Z"]),
        F("serum_aat", ("d2", "serum AAT\n24 mg/dL by nephelometry"), value=24, unit="mg/dL"),
        F("lung_disease", ("d2", "with emphysema diagnosed at 42"), value="emphysema"),
        F("lung_disease", ("d2", "FEV1/FVC 0.43, severe\nobstruction"), value="airflow_obstruction"),
        W(("d1", " 1  11/06/25  187.4"), 187.4, "lb"),
        W(("d1", " 5  12/04/25  186.0"), 186.0, "lb"),
        W(("d1", "10  01/08/26  185.6"), 185.6, "lb"),
        W(("d1", "14  02/05/26  185.2"), 185.2, "lb"),
        W(("d2", "weight 185 lb (clinic scale, clothed)"), 185, "lb"),
        F("dose", ("d1", "14  02/05/26  185.2    5000"), value=5000),
        F("wastage", ("d1", "0912          0"), value=0),
        F("lot_number", ("d1", "14  02/05/26  185.2    5000     P4E0306"), value="P4E0306"),
        F("lot_number", ("d1", "5000     P4E0306 / P1E0402         11/27 / 11/27       0912"), value="P1E0402"),
        F("expiration_date", ("d1", "P4E0306 / P1E0402         11/27 / 11/27       0912"), value="2027-11"),
        F("infusion_start", ("d1", "11/27 / 11/27       0912"), value="09:12"),
        F("fev1", ("d2", "post-BD FEV1 1.88 L (46 % predicted)"), value=46),
        F("fev1", ("d2", "(1.91 L, 47 % predicted)"), value=47),
        F("response_to_therapy", ("d2", "Lung function has been stable\n   on augmentation for three years")),
        F("prior_authorization", ("d2", "precert 2025-118840-PC"), value="2025-118840-PC"),
        F("smoking_status", ("d2", "He quit smoking\nin 2016"), value="former"),
        F("smoking_status", ("d2", "current smoker 5-8 cig/day"), value="current"),
        F("drug_product", ("d1", "Drug      Prolastin-C Liquid"), value="Prolastin-C Liquid"),
        F("drug_product", ("d2", "has received Prolastin-C, now"), value="Prolastin-C"),
    ],
    "notes": (
        "Ambulatory-infusion-center therapy flow log (15 weekly rows, weights in lb every 4th visit, "
        "expiry as MM/YY) printed a week after the DOS, plus the pulmonologist's same-day note. "
        "Gaps: infusion_times missing (row 14 has Start 0912 and an empty End cell, 'end time not "
        "charted' after a pump alarm at 0919; PIV out 0952 and departure 0955 are not the stop); "
        "smoking_status conflict (relapsed, current smoker 5-8 cigarettes/day; exhaled CO 14 ppm; "
        "the former-smoker history is also a finding). Dose 5,000 mg vs 60 x 84.0 kg = 5,040 mg "
        "(185.2 lb = 84.0 kg). Traps: other rows' lots, expiries and times; row 15 after the DOS "
        "with lot P4E0311; 'whole vials 5,000 mg while wt 77-91 kg' order; cumulative 75,000 mg; "
        "Aetna 'current non-smoker' criterion quoted; varenicline/nicotine doses; clinic weight "
        "185 lb clothed (a separate weight finding, same day); FEV1 46/47 % (the 02/2023 value is "
        "also 47 %). Historical product Prolastin-C (also J0256)."
    ),
}

ARITH = {
    "weight_kg": 84.0, "weight_source": "d1 row 14 185.2 lb x 0.45359237 = 84.0 kg (DOS)",
    "product": "Prolastin-C Liquid", "code": "J0256", "billing_unit_mg": 10,
    "dose_mg": 5000, "vial_total_mg": 5000, "waste_mg": 0,
    "billed_admin_units": 500, "billed_jw_units": 0,
    "modifier_expected": "none (commercial; waste 0 documented)", "modifier_billed": "none",
    "lots": [{"lot": "P4E0306", "exp": "2027-11"}, {"lot": "P1E0402", "exp": "2027-11"}],
    "start": "09:12", "end": None,
}
