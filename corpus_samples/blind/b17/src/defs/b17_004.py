# b17-004: medicare. MEDITECH Expanse medication administration history (three weekly visits, other drugs)
# + dictated pulmonology note with speech-recognition errors. Gap: J0256 billed in mg (4500 units) instead of
# 10-mg units (450).

D1 = """Run Date: 01/27/26              Prairie Valley Health - LIVE (PVH)                    Page 1 of 2
Run Time: 1402                  OUTPATIENT INFUSION CENTER (OPIC)
                          MEDICATION ADMINISTRATION HISTORY
--------------------------------------------------------------------------------------------
Patient: KOWALCZYK,BERNADETTE M                  Acct#: V00031877645     Unit#: M000221054
Age/Sex: 66/F      Loc: OPIC     Room/Bed: CH04                   Status: REG REF
Attending: Rahimi,Shabnam MD                     Reg Date: 01/27/26
Height: 167.6 cm   Weight: 76.2 kg  (Entered 01/27/26 0852 by HIGGS,JL)   BSA: 1.87 m2
Allergies: Codeine (nausea)
Date Range: 01/13/26 0000 - 01/27/26 2359
--------------------------------------------------------------------------------------------
Medication                                  Sched       Admin Dt/Tm   Dose       Status  User
--------------------------------------------------------------------------------------------
Alpha-1 Proteinase Inhib (ARALAST NP) IVPB
  Dose: 60 MG/KG = 4500 MG (rounded to vial) IV QWEEK-TUE
  Rate: NTE 0.08 ML/KG/MIN   Rx#: 0011873   Ordered: 09/02/25 RAHIMI,SHABNAM MD
                                            01/13/26 0900 01/13/26 0917 4500 MG    Given   JLK
     Doc: Infusion Start Time 0917   Infusion Stop Time 0955   Site R FA 22G
     Lot LA287103 (1000 MG x4) Exp 2026-08  / Lot LA281655 (500 MG x1) Exp 2026-06
     Waste 0 MG - whole vials
                                            01/20/26 0900 01/20/26 0924 4500 MG    Given   MRT
     Doc: Infusion Start Time 0924   Infusion Stop Time 1003   Site L FA 22G
     Lot LA287103 (1000 MG x4) Exp 2026-08  / Lot LA281655 (500 MG x1) Exp 2026-06
     Waste 0 MG - whole vials
                                            01/27/26 0900 01/27/26 0921 4500 MG    Given   JLK
     Doc: Infusion Start Time 0921   Infusion Stop Time 0958   Site R AC 22G
     Lot LA301422 (1000 MG x4) Exp 2026-10  / Lot LA298810 (500 MG x1) Exp 2026-07
     Volume 225 ML   Pump Rate 6.0 ML/MIN
     Waste 0 MG - whole vials reconstituted and infused
     Comment: pt tolerated, no reaction. VS stable, see Flowsheet.

Acetaminophen (TYLENOL) 650 MG PO ONCE PRN pre-infusion headache
                                            01/27/26      01/27/26 0905 650 MG     Given   JLK
     Reason: HA 2/10, pt request

Sodium Chloride 0.9% (NS) 250 ML IV KVO with infusion
                                            01/13/26      01/13/26 0915 250 ML     Hung    JLK
     Doc: Start 0915   Stop 1000
                                            01/20/26      01/20/26 0922 250 ML     Hung    MRT
     Doc: Start 0922   Stop 1006
                                            01/27/26      01/27/26 0918 250 ML     Hung    JLK
     Doc: Start 0918   Stop 1004

Heparin Lock Flush 10 UNIT/ML 3 ML IV PRN    -- not given in range --
Diphenhydramine (BENADRYL) 25 MG IV PRN reaction    -- not given in range --

--------------------------------------------------------------------------------------------
User Key: JLK = Kovacs,Janelle L RN     MRT = Tollefson,Marit R RN     HIGGS,JL = Higgs,Jolene PCT
Flowsheet (01/27/26): 0852 Wt 76.2 kg  T 36.6  P 72  R 16  BP 134/82  SpO2 93%
                      0940 P 74  BP 130/80  SpO2 94%    1000 P 70  BP 128/78  SpO2 94%
                      1015 Discharged home with husband, ambulatory
"""

D2 = """PRAIRIE VALLEY PULMONARY CLINIC
DICTATED PROGRESS NOTE
Patient: Bernadette M. Kowalczyk      Unit#: M000221054      DOB: 05/30/1959
Date of service: 01/27/2026
Dictating provider: Shabnam Rahimi, MD
Dictated: 01/27/2026 12:14    Transcribed (front-end speech recognition): 01/27/2026 12:16
*** This note was created with voice recognition software. Sound-alike errors may occur. ***

SUBJECTIVE: Mrs. Kowalczyk is a 66-year-old woman with alpha 1 and tie trips and deficiency, PI ZZ, who comes in
for follow up of her emphasis Emma and chronic obstructive pulmonary disease. She receives Aralast in P weekly
in our infusion center and got her dose this morning downstairs before this visit. She tells me she has had no
exasperations since September and she feels the infusions "keep her steady." She walks the mall with her sister
three mornings a week, about 30 minutes. She denies he most assist, fevers, or weight loss. Some morning sputum,
clear. She uses Spear Eva respi mat daily and albuterol about twice a week. She continues to not smoke; she quit
in 2006 after a 25 pack year history.

She had a mild headache this morning and got Tylenol before the infusion, which is her usual pattern on infusion
days.

PAST MEDICAL HISTORY: Alpha-1 antitrypsin deficiency diagnosed 2018 after a pneumonia admission. COPD with
emphysema. Hypertension. Osteopenia. Hypothyroidism.

MEDICATIONS: Aralast NP 60 mg per kg IV weekly. Tiotropium 2.5 mcg 2 inhalations daily. Albuterol HFA as
needed. Lisinopril 10 mg daily. Levothyroxine 75 mcg daily. Calcium with vitamin D. Alendronate 70 mg weekly.

SOCIAL: Former smoker as above. Retired school secretary. Lives with husband.

FAMILY HISTORY: Her sister was tested in 2019 and is PI MS with a normal level. Her father had COPD.

OBJECTIVE: Blood pressure 134/82, pulse 72, saturation 93% on room air. Weight 76.2 kg, stable from the fall.
Lungs: distant breath sounds, mild prolonged expiration, no wheezes or crackles. Heart regular. No edema.

Spirometry today: if he V1 1.12 L, 47% predicted, FVC 2.41 L, ratio 0.46. A year ago if he V1 was 1.16 L,
49% predicted. So a decline of about 40 mL over the year, which is in the expected range on therapy.

LABS (template inserted):
   Alpha-1 antitrypsin, serum (07/16/2018)     31 mg/dL      [90-200 mg/dL]   L
   Alpha-1 antitrypsin phenotype (07/16/2018)  PiZZ
   TSH (11/2025)                                2.1 mIU/L

ASSESSMENT AND PLAN:
1. Alpha-1 antitrypsin deficiency, PiZZ, on augmentation. Stable. Her lung function decline has slowed and she
   has had no exasperations for four months. She tolerates the infusions well. Continue Aralast NP at 60 mg per
   kg weakly. At 76.2 kg the calculated dose is 4572 mg; pharmacy rounds to 4500 mg (whole vials).
2. COPD with emphysema, GOLD 3. Continue tiotropium. If she starts having more exacerbations we could step up to
   tree Legee.
3. Bone health: continue alendronate. DEXA due 2027.

Follow up in 6 months with spirometry. Infusions continue weekly.

Dictated but not read. Shabnam Rahimi, MD
Electronically signed 01/28/2026 07:50
"""

CHART = {
    "chart_id": "b17-004",
    "date_of_service": "2026-01-27",
    "payer": {"profile": "medicare", "name": "Medicare Part B (WPS J5)"},
    "claim_lines": [
        {"hcpcs": "J0256", "units": 4500, "modifiers": ["JZ"]},
        {"hcpcs": "96365", "units": 1, "modifiers": []},
        {"hcpcs": "J7050", "units": 1, "modifiers": []},
    ],
    "documents": [
        {"id": "d1", "type": "infusion_record", "date": "2026-01-27", "text": D1},
        {"id": "d2", "type": "progress_note", "date": "2026-01-27", "text": D2},
    ],
}

GOLD = {
    "chart_id": "b17-004",
    "profile": "medicare",
    "requirements": {
        "aatd_diagnosis": "met",
        "genotype": "met",
        "serum_aat_level": "met",
        "lung_disease_evidence": "met",
        "patient_weight": "met",
        "dose_administered": "met",
        "dose_matches_weight": "met",
        "units_match_dose": "conflict",
        "wastage_documented": "met",
        "lot_number": "met",
        "expiration_date": "met",
        "infusion_times": "met",
        "response_to_therapy": "met",
        "prior_authorization": "not_applicable",
        "code_selection": "met",
    },
    "findings": [
        {"kind": "aatd_diagnosis"},
        {"kind": "genotype", "alleles": ["Z", "Z"]},
        {"kind": "serum_aat", "value": 31, "unit": "mg/dL"},
        {"kind": "weight", "value": 76.2, "unit": "kg", "value_kg": 76.2},
        {"kind": "dose", "value": 4500},
        {"kind": "wastage", "value": 0},
        {"kind": "lot_number", "value": "LA301422"},
        {"kind": "lot_number", "value": "LA298810"},
        {"kind": "expiration_date", "value": "2026-10"},
        {"kind": "expiration_date", "value": "2026-07"},
        {"kind": "infusion_start", "value": "09:21"},
        {"kind": "infusion_end", "value": "09:58"},
        {"kind": "lung_disease", "value": "emphysema"},
        {"kind": "lung_disease", "value": "copd"},
        {"kind": "fev1", "value": 47},
        {"kind": "fev1", "value": 49},
        {"kind": "response_to_therapy"},
        {"kind": "smoking_status", "value": "former"},
        {"kind": "drug_product", "value": "Aralast NP"},
    ],
    "notes": (
        "Gap: units_match_dose conflict, J0256 x 4500 billed (mg keyed as units); 4,500 mg / 10 = 450. "
        "Traps: MEDITECH history shows 01/13 and 01/20 administrations with their own start/stop and lots; NS KVO "
        "start/stop 09:18/10:04; acetaminophen 650 mg at 09:05 (J7050 is the NS line); calculated 4,572 mg in the note; "
        "speech-recognition errors ('alpha 1 and tie trips and deficiency', 'emphasis Emma', 'Aralast in P', "
        "'exasperations', 'if he V1', 'weakly', 'tree Legee'); sister PI MS (family); hypothetical step-up. "
        "Expirations written YYYY-MM (2026-10, 2026-07)."
    ),
}

ARITH = {
    "dos": "2026-01-27",
    "product": "Aralast NP",
    "weight_kg": 76.2,
    "weight_source": "MEDITECH weight 01/27/26 0852",
    "dose_mg": 4500,
    "target_mg": 4572.0,
    "pct_from_target": -1.57,
    "code": "J0256",
    "billing_unit_mg": 10,
    "admin_units_expected": 450,
    "admin_units_billed": 4500,
    "waste_mg": 0,
    "jw_units_expected": 0,
    "jw_units_billed": 0,
    "modifier_expectation": "JZ (whole vials, no waste)",
    "lots": [{"lot": "LA301422", "exp": "2026-10"}, {"lot": "LA298810", "exp": "2026-07"}],
    "infusion": ["09:21", "09:58"],
    "serum_method_rid": False,
}
