# b13-009  commercial  Prolastin-C Liquid 4,500 mg, J0256 x 450 JZ.  GAPS: PI*SZ with every AAT level
# at or above 57 mg/dL (nephelometry) -> serum_aat_level conflict and, under the commercial rule
# (SZ only with a low level), genotype conflict.
# Styles: (1) problem-oriented progress note with long med list; (4) specialty-pharmacy dispensing
# profile printout; lab report; structured infusion record.

D1 = """CASCADE LUNG & SLEEP, PLLC
Progress Note                                           Date of service: 12/09/2025
Patient: O'ROURKE, KEVIN P       DOB 05/05/1968 (57 y)       MRN CLS-20944
Provider: Danielle Achebe, MD       Payer: Cascade Health Alliance PPO

INTERVAL HISTORY
Kevin is here for his 6-month follow-up and his weekly augmentation infusion. He started
Prolastin-C Liquid in 04/2024. Since June he has had one chest cold (October) that settled with
albuterol and rest, no prednisone. He cycles on the trainer 3 times a week, 30 minutes, and can
now talk through it. Occasional morning cough, clear sputum. No hemoptysis, no weight loss, no
night sweats. He asked again whether he "really needs" the weekly infusion given the insurance
back-and-forth; we went through the reasoning (below). Former smoker: 28 pack-years, quit
09/2016. He works as an HVAC estimator; welding fume exposure in his 20s.

# Alpha-1 antitrypsin deficiency (E88.01), PI*SZ
  Assessment: PI*SZ on phenotype (03/2024). Serum AAT 68 mg/dL by nephelometry (03/05/2024,
  CRP normal); an earlier level of 88 mg/dL in 09/2023 was drawn during a bronchitis (CRP 41).
  On-therapy trough 112 mg/dL (09/2025). He does not meet the usual severe-deficiency level
  (CHA policy threshold < 57 mg/dL by nephelometry, i.e. 11 uM), but FEV1 fell 8 points in a
  year with CT emphysema already present at 55, so augmentation was requested and approved on appeal.
  Plan: continue Prolastin-C Liquid 60 mg/kg IV weekly (4,000 mg + 500 mg vials). PA
  CHA-PA-558102 valid through 03/31/2026 -- renewal packet due 02/2026 (include PFT trend).
  Response: FEV1 61% predicted in 10/2025 vs 64% in 10/2024 -- the decline has slowed
  considerably compared with the year before therapy (FEV1 72% -> 64% predicted); no exacerbation requiring
  steroids since starting; tolerating infusions well.

# Emphysema (J43.2), centrilobular and panlobular components on CT 02/2024
  PFT 10/14/2025: FEV1 2.31 L (61% predicted), FVC 4.12 L (86%), FEV1/FVC 0.56, DLCO 58%.
  Continue Breo Ellipta 100/25 mcg daily + Incruse Ellipta 62.5 mcg daily; albuterol PRN.

# Tobacco use (former) -- Z87.891. Abstinent since 2016. Congratulated.

# Hypertension -- losartan 100 mg daily, metoprolol succinate 25 mg daily; BP 132/84 today.

# Hyperlipidemia -- rosuvastatin 20 mg daily.

# Prediabetes -- A1c 6.1%; diet.

# Obstructive sleep apnea -- CPAP 10 cm H2O nightly, good adherence (6.8 h average).

VITALS (14:48): BP 132/84, HR 68, RR 14, SpO2 96% RA, T 36.8 C, Wt 74.8 kg, BMI 24.9

MEDICATIONS
- Prolastin-C Liquid 60 mg/kg IV weekly (clinic infusion)
- Fluticasone furoate/vilanterol (Breo Ellipta) 100/25 mcg 1 inh daily
- Umeclidinium (Incruse Ellipta) 62.5 mcg 1 inh daily
- Albuterol HFA 90 mcg 2 puffs q4-6h PRN
- Losartan 100 mg PO daily
- Metoprolol succinate 25 mg PO daily
- Rosuvastatin 20 mg PO daily
- Tadalafil 5 mg PO daily (BPH)
- Fexofenadine 180 mg PO daily PRN
- Magnesium glycinate 400 mg PO qHS
- Fish oil 1,200 mg PO daily

FAMILY HISTORY: father COPD, died 71; sister PI*MZ (tested 2024, level 97 mg/dL); son not tested.

Follow-up 3 months; weekly infusions continue.
Danielle Achebe, MD  12/09/2025 15:40
"""

D2 = """CASCADE SPECIALTY PHARMACY (PBM-owned)  -- PATIENT DISPENSING PROFILE
Printed 12/09/2025 08:12  by R. Ito, CPhT          Page 1 of 1
Patient: O'ROURKE, KEVIN P   DOB 05/05/1968   Member ID CHA00917733   Plan: Cascade Health Alliance PPO
Ship-to: Cascade Lung & Sleep infusion room (clinic-administered)
PA on file: CHA-PA-558102 (04/01/2025-03/31/2026)   Rx benefit / medical benefit: MEDICAL

RX#       DRUG                                   QTY/DAYS    SIG / DOSE                 LAST FILLED  NEXT DUE    PRESCRIBER
--------  -------------------------------------  ----------  -------------------------  -----------  ----------  ----------
7730115   PROLASTIN-C LIQUID 4,000 MG/80 ML VIAL  4 / 28     60 mg/kg IV weekly         12/01/2025   12/29/2025  ACHEBE
7730116   PROLASTIN-C LIQUID 500 MG/10 ML VIAL    4 / 28     (with 4,000 mg vial)       12/01/2025   12/29/2025  ACHEBE
6610042   BREO ELLIPTA 100-25 MCG                 1 / 30     1 inh daily                11/20/2025   12/20/2025  ACHEBE
6610043   INCRUSE ELLIPTA 62.5 MCG                1 / 30     1 inh daily                11/20/2025   12/20/2025  ACHEBE
6610044   ALBUTEROL HFA 90 MCG                    1 / 25     2 puffs q4-6h PRN          09/02/2025   --          ACHEBE
5521907   LOSARTAN 100 MG TAB                     90 / 90    1 tab daily                10/05/2025   01/03/2026  PATEL
5521908   METOPROLOL SUCC ER 25 MG TAB            90 / 90    1 tab daily                10/05/2025   01/03/2026  PATEL
5521909   ROSUVASTATIN 20 MG TAB                  90 / 90    1 tab daily                10/05/2025   01/03/2026  PATEL
5521910   TADALAFIL 5 MG TAB                      90 / 90    1 tab daily                10/05/2025   01/03/2026  PATEL
4409771   EPINEPHRINE 0.3 MG AUTO-INJECTOR        2 / 365    0.3 mg IM PRN anaphylaxis  04/10/2025   --          ACHEBE

CLINICAL NOTES
04/02/2025  Appeal approved (SZ phenotype, AAT 68 mg/dL, FEV1 decline > 120 mL/yr). Renewal 03/2026.
12/01/2025  Shipped 28-day supply, cold chain, lot numbers on packing slip (not transcribed here).
            Weight on file for dose calc: 74 kg (11/2025 clinic fax).
"""

D3 = """NORTHWEST PATHOLOGY GROUP                                  FINAL REPORT
Patient: O'ROURKE, KEVIN P     DOB 05/05/1968    Sex M     MRN CLS-20944
Ordering: ACHEBE, DANIELLE MD    Collected 03/05/2024 08:05    Reported 03/12/2024 14:16

Alpha-1 Antitrypsin, Serum (nephelometry)     68    L    mg/dL    (100-190)
C-Reactive Protein, high sensitivity          1.2        mg/L     (< 3.0)
Alpha-1 Antitrypsin Phenotype (IEF)           SZ    A             (MM)

Interpretation: SZ phenotype. The S and Z variants together are associated with mild to
moderate deficiency; risk of emphysema is increased mainly in smokers. Levels in PI*SZ
individuals typically range from about 45 to 120 mg/dL depending on the assay. Correlate
clinically.

Reviewed by: L. Ferrante, MD
"""

D4 = """CASCADE LUNG & SLEEP -- INFUSION ROOM RECORD
DOS: 12/09/2025      Patient: O'ROURKE, KEVIN P      MRN CLS-20944
Order: Prolastin-C Liquid 60 mg/kg IV weekly (Achebe) -- PA CHA-PA-558102

14:40  Arrived, ID verified. No illness, no reaction last week.
14:48  Vitals: BP 132/84  HR 68  RR 14  SpO2 96%  T 36.8 C
14:50  Weight: 74.8 kg (standing scale)
14:52  Dose check: 60 x 74.8 = 4,488 mg -> 4,500 mg (4,000 mg + 500 mg vials), +0.3%
14:55  Product: Prolastin-C Liquid 4,000 mg/80 mL  lot NG4A09912  exp 02/28/2027
              Prolastin-C Liquid 500 mg/10 mL    lot NG2R30085  exp 06/30/2026
       Two-RN check: M. Reyes RN / J. Kwan RN
14:58  PIV 22 g L forearm, flushed NS 10 mL
15:05  Infusion started, 6 mL/min (0.08 mL/kg/min), in-line filter
15:22  Infusion complete. Volume 90 mL = 4,500 mg administered.
       Waste: none (both vials used in full).
15:25  NS flush 10 mL. Vitals: BP 128/80 HR 66 SpO2 97%
15:31  PIV out, site WNL. Discharged ambulatory.

RN: Maria Reyes, RN  12/09/2025 15:34
"""

CHART = {
    "chart_id": "b13-009",
    "date_of_service": "2025-12-09",
    "payer": {"profile": "commercial", "name": "Cascade Health Alliance PPO"},
    "prior_authorization": "CHA-PA-558102",
    "claim_lines": [
        {"hcpcs": "J0256", "units": 450, "modifiers": ["JZ"]},
    ],
    "documents": [
        {"id": "d1", "type": "progress_note", "date": "2025-12-09", "text": D1},
        {"id": "d2", "type": "other", "date": "2025-12-09", "text": D2},
        {"id": "d3", "type": "lab_report", "date": "2024-03-12", "text": D3},
        {"id": "d4", "type": "infusion_record", "date": "2025-12-09", "text": D4},
    ],
}

GOLD = {
    "chart_id": "b13-009",
    "profile": "commercial",
    "requirements": {
        "aatd_diagnosis": "met", "genotype": "conflict", "serum_aat_level": "conflict",
        "lung_disease_evidence": "met", "patient_weight": "met", "dose_administered": "met",
        "dose_matches_weight": "met", "units_match_dose": "met", "wastage_documented": "met",
        "lot_number": "met", "expiration_date": "met", "infusion_times": "met",
        "response_to_therapy": "met", "prior_authorization": "met", "code_selection": "met",
        "smoking_status": "met", "fev1_range": "met",
    },
    "findings": [
        {"kind": "aatd_diagnosis"},
        {"kind": "genotype", "alleles": ["S", "Z"]},
        {"kind": "serum_aat", "value": 68, "unit": "mg/dL"},
        {"kind": "serum_aat", "value": 88, "unit": "mg/dL"},
        {"kind": "serum_aat", "value": 112, "unit": "mg/dL"},
        {"kind": "lung_disease", "value": "emphysema"},
        {"kind": "fev1", "value": 61},
        {"kind": "fev1", "value": 64},
        {"kind": "fev1", "value": 72},
        {"kind": "weight", "value": 74.8, "unit": "kg", "value_kg": 74.8},
        {"kind": "weight", "value": 74.0, "unit": "kg", "value_kg": 74.0},
        {"kind": "dose", "value": 4500},
        {"kind": "wastage", "value": 0},
        {"kind": "lot_number", "value": "NG4A09912"},
        {"kind": "lot_number", "value": "NG2R30085"},
        {"kind": "expiration_date", "value": "2027-02-28"},
        {"kind": "expiration_date", "value": "2026-06-30"},
        {"kind": "infusion_start", "value": "15:05"},
        {"kind": "infusion_end", "value": "15:22"},
        {"kind": "response_to_therapy"},
        {"kind": "prior_authorization", "value": "CHA-PA-558102"},
        {"kind": "smoking_status", "value": "former"},
        {"kind": "drug_product", "value": "Prolastin-C Liquid"},
    ],
    "notes": (
        "GAPS: PI*SZ with levels 68 (nephelometry), 88 (during bronchitis) and 112 mg/dL (on therapy) -- none "
        "below 57 mg/dL -> serum_aat_level conflict; commercial profile accepts SZ only with a low level -> "
        "genotype conflict. The diagnosis is affirmed by the physician (E88.01), so aatd_diagnosis is met. "
        "Policy threshold '< 57 mg/dL ... 11 uM' and the lab's 'about 45 to 120 mg/dL' are not patient "
        "levels. Sister PI*MZ 97 mg/dL and father's COPD are family (no patient copd finding). Pharmacy "
        "'weight on file 74 kg (11/2025)' is a historical patient weight; DOS weight 74.8 kg is nearest. "
        "Pharmacy 'last filled 12/01/2025' and '4 / 28' quantities are dispensing data, not a dose. "
        "fev1_range uses the most recent value 61 %."
    ),
}

ARITH = {
    "dos": "2025-12-09", "product": "Prolastin-C Liquid",
    "weight_kg": 74.8, "weight_source": "d4 14:50 standing scale on DOS",
    "dose_mg": 4500, "pct_diff": 0.3, "vials": ["4,000 mg/80 mL lot NG4A09912", "500 mg/10 mL lot NG2R30085"],
    "vial_total_mg": 4500, "waste_mg": 0,
    "code": "J0256", "bu_mg": 10, "admin_units_billed": 450, "jw_units_billed": 0,
    "lots": [{"lot": "NG4A09912", "exp": "2027-02-28"}, {"lot": "NG2R30085", "exp": "2026-06-30"}],
    "rid_serum_values": [], "fev1_for_range": 61, "response_in_progress_note": True,
}

EVID = [
    ("aatd_diagnosis", "d1", "Alpha-1 antitrypsin deficiency (E88.01), PI*SZ"),
    ("genotype:S,Z", "d3", "Alpha-1 Antitrypsin Phenotype (IEF)           SZ"),
    ("serum_aat:68:mg/dL", "d3", "Alpha-1 Antitrypsin, Serum (nephelometry)     68    L    mg/dL"),
    ("serum_aat:88:mg/dL", "d1", "an earlier level of 88 mg/dL in 09/2023"),
    ("serum_aat:112:mg/dL", "d1", "On-therapy trough 112 mg/dL (09/2025)"),
    ("lung_disease:emphysema", "d1", "# Emphysema (J43.2)"),
    ("fev1:61", "d1", "FEV1 2.31 L (61% predicted)"),
    ("fev1:64", "d1", "vs 64% in 10/2024"),
    ("fev1:72", "d1", "(FEV1 72% -> 64% predicted)"),
    ("weight:74.8", "d4", "Weight: 74.8 kg (standing scale)"),
    ("weight:74.0", "d2", "Weight on file for dose calc: 74 kg (11/2025 clinic fax)"),
    ("dose:4500", "d4", "Volume 90 mL = 4,500 mg administered"),
    ("wastage:0", "d4", "Waste: none (both vials used in full)"),
    ("lot_number:NG4A09912", "d4", "lot NG4A09912"),
    ("lot_number:NG2R30085", "d4", "lot NG2R30085"),
    ("expiration_date:2027-02-28", "d4", "exp 02/28/2027"),
    ("expiration_date:2026-06-30", "d4", "exp 06/30/2026"),
    ("infusion_start:15:05", "d4", "15:05  Infusion started"),
    ("infusion_end:15:22", "d4", "15:22  Infusion complete"),
    ("response_to_therapy", "d1", "the decline has slowed\n  considerably"),
    ("prior_authorization:CHA-PA-558102", "d1", "PA\n  CHA-PA-558102"),
    ("smoking_status:former", "d1", "Former smoker: 28 pack-years, quit\n09/2016"),
    ("drug_product:Prolastin-C Liquid", "d4", "Product: Prolastin-C Liquid 4,000 mg/80 mL"),
]
