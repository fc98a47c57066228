# b13-003  medicaid  Glassia 4,560 mg from 5 x 1 g, J0257 + JW 44.  COMPLETE.
# Styles: (3) pre-bill chart-abstraction audit worksheet (all Y / NA); flowsheet infusion record;
# progress note; SERPINA1 sequencing report (Z / null).

D1 = """KEYSTONE REGIONAL MEDICAL GROUP -- PULMONARY & CRITICAL CARE
Clinic Progress Note                                   Date: 01/22/2026
Patient: PRUITT, DARNELL R        DOB 04/30/1973 (52 y)        MRN K0093318
Attending: Celeste Ambrose, MD      Referring: Dr. T. Hwang (FQHC Eastside)

REASON FOR VISIT: 3-month follow-up, alpha-1 antitrypsin deficiency; weekly Glassia today in
the infusion area after this visit.

HPI: Mr. Pruitt has AATD with a Z/null genotype found on sequencing in 2023 after an initial
targeted S/Z genotyping panel was "inconclusive" (one Z allele detected, with a level far too
low for a carrier). He started weekly Glassia in 10/2023. Since the October visit he has had no
exacerbations, no antibiotics and no steroids. He walks to the bus stop (3 blocks) without
stopping and climbs one flight with a rest. He still works part-time at the warehouse office.
He was sick with a viral URI over New Year's, self-limited. No chest pain, no edema.
Smoking: former, 25 pack-years, quit 06/2017; no vaping; lives alone, no smokers at home.

MEDICATIONS (reviewed)
- Glassia (alpha1-PI) 60 mg/kg IV weekly -- infusion center
- Budesonide/glycopyrrolate/formoterol (Breztri) 160/9/4.8 mcg, 2 puffs BID
- Albuterol HFA 90 mcg 2 puffs q4h PRN
- Losartan 50 mg daily
- Hydrochlorothiazide 12.5 mg daily
- Pantoprazole 40 mg daily
- Bupropion SR 150 mg BID (continued for mood after cessation; per PCP)
- Vitamin D3 1,000 IU daily

EXAM: BP 128/80, HR 88, RR 18, SpO2 92% RA, Wt 76.0 kg (77.2 kg on 10/16/2025).
Barrel chest, distant breath sounds, prolonged expiration, no wheeze today. No clubbing.

DATA
- Spirometry 12/18/2025: FEV1 1.01 L (33% predicted), FEV1/FVC 0.38. 12/2024: FEV1 0.98 L
  (32% predicted). Essentially unchanged.
- CT chest 03/2023: severe panlobular emphysema, lower lobes; no bronchiectasis.
- AAT 12 mg/dL (03/14/2023, pre-treatment); SERPINA1 sequencing Z / null (Q0 Granite Falls).
- IgA 182 mg/dL (2023) -- no IgA deficiency.

ASSESSMENT / PLAN
1. Alpha-1 antitrypsin deficiency, PI*Z/null (E88.01), with COPD and severe panlobular
   emphysema (J43.1). On Glassia since 10/2023 with a clear response: exacerbations down from
   4 in the year before therapy to none in the last 12 months, FEV1 stable at 32-33% predicted,
   no infusion reactions. Continue Glassia 60 mg/kg IV weekly; at 76.0 kg the dose is 4,560 mg
   (5 x 1 g vials, remainder wasted). PA KCHP-PA-2025-118734 active through 10/31/2026.
2. COPD maintenance: Breztri BID, albuterol PRN. Pulmonary rehab referral renewed.
3. Tobacco: former smoker; remains abstinent.
4. Hypertension: per PCP.
5. Vaccines: influenza 09/2025 given; pneumococcal PCV20 2024; RSV -- recommended, he will get
   it at the pharmacy.

Follow-up in 3 months with spirometry. Weekly infusions continue.

Celeste Ambrose, MD   electronically signed 01/22/2026 12:41
"""

D2 = """KEYSTONE REGIONAL MEDICAL GROUP -- INFUSION CENTER FLOWSHEET
Patient: PRUITT, DARNELL R    MRN K0093318    DOS 01/22/2026    Chair 9
Order: Glassia [alpha1-proteinase inhibitor (human)] 60 mg/kg IV once weekly (Ambrose)
Indication: E88.01 / J43.1

TIME   ITEM                          VALUE
12:48  Arrival / ID check            2 identifiers verified
12:55  Allergy review                NKDA
13:02  Weight                        76.0 kg  (bed scale, no shoes)
13:02  Dose verification             60 mg/kg x 76.0 kg = 4,560 mg (verified L. Baptiste RN)
13:04  Vitals                        BP 126/78  HR 86  RR 18  SpO2 92%  T 36.6
13:06  Product / vials               Glassia 1 g/50 mL (20 mg/mL) x 5 vials
                                       lot TGA2310457 x 3 vials, exp 10/31/2026
                                       lot TGA2312089 x 2 vials, exp 01/31/2027
13:06  Product warm-up               at room temp since 12:30 (pharmacy)
13:09  IV access                     24 g PIV L antecubital, 1 attempt, flushed NS 10 mL
13:12  Preparation                   228 mL drawn from 5 vials into empty bag (4,560 mg)
13:12  Waste                         22 mL = 440 mg remaining in vial #5 discarded, single-use
                                       vial; witnessed L. Baptiste RN
13:15  INFUSION START                Glassia via 5 micron in-line filter, 10 mL/min
13:25  Vitals                        BP 124/76  HR 84  SpO2 93%
13:39  INFUSION STOP                 228 mL infused; line flushed NS 10 mL
13:50  Vitals                        BP 122/78  HR 82  SpO2 93%
13:52  PIV removed                   catheter intact
13:55  Discharge                     ambulatory, stable, no reaction

Total administered: 4,560 mg.   Total discarded: 440 mg.
Next appointment: 01/29/2026 13:00.

RN: Owen Farrell, RN (primary)     Witness: Lionel Baptiste, RN
"""

D3 = """GENEVISTA MOLECULAR DIAGNOSTICS                       CLIA 39D2112870
Report date: 03/24/2023                               FINAL
Patient: PRUITT, DARNELL R     DOB 04/30/1973     Sex M     Specimen: whole blood (EDTA)
Ordering: Celeste Ambrose, MD, Keystone Regional Pulmonary
Collected: 03/14/2023 09:40

ALPHA-1 ANTITRYPSIN (SERUM, drawn with the same venipuncture)
  Alpha-1 antitrypsin, immunoturbidimetric   12 mg/dL   LOW   (reference 90-200 mg/dL)

SERPINA1 FULL GENE SEQUENCING (coding exons 2-5, flanking introns)
  Variant 1   c.1096G>A   p.(Glu366Lys)   heterozygous   PATHOGENIC   "Z" allele (legacy Glu342Lys)
  Variant 2   c.552delC   p.(Tyr184Thrfs*22)   heterozygous   PATHOGENIC   null allele (QOgranite falls)

RESULT: Two pathogenic SERPINA1 variants detected.
INTERPRETATION: This individual is compound heterozygous for the Z allele and a null (QO)
allele, i.e. PI*Z/Null. The serum level above is consistent with this genotype. This genotype
is associated with severe alpha-1 antitrypsin deficiency. The null allele produces no
detectable protein and is not identified by isoelectric focusing or by targeted S/Z panels,
which explains the earlier targeted result.
Reference genotype: no pathogenic variant detected (PI*MM).

Genetic counseling is recommended for the patient and first-degree relatives.
Electronically signed: H. Lindgren, PhD, FACMG
"""

D4 = """KEYSTONE REGIONAL MEDICAL GROUP -- REVENUE INTEGRITY
PRE-BILL CHART AUDIT WORKSHEET: ALPHA-1 PROTEINASE INHIBITOR (J0256 / J0257)
Auditor: Renee Castellano, CPC, CDIP      Audit date: 01/26/2026
Review type: prospective (pre-bill), 100% review -- Medicaid specialty drug
Patient: PRUITT, DARNELL R   Acct 7710-2291-04   DOS 01/22/2026
Payer: Keystone Community Health Plan (Medicaid MCO)
Claim as queued: J0257 x 456 | J0257-JW x 44 | 96365 x 1 | Dx E88.01, J43.1, Z87.891
Policy reference: KCHP Medical Policy RX-041 "Alpha-1 Proteinase Inhibitors": AAT < 11 umol/L
(< 57 mg/dL nephelometry / < 80 mg/dL RID); PI*ZZ, PI*Z(null), PI*(null)(null) or another
deficient genotype; emphysema or COPD; non-smoker; PA required; dose 60 mg/kg weekly.

 #   ITEM                                              Y/N/NA  VALUE / SOURCE
 A. MEDICAL NECESSITY
 A1  AATD diagnosis by treating provider                 Y     E88.01 -- PN 01/22/26
 A2  Deficient genotype/phenotype on file                Y     Z / null, SERPINA1 seq 03/2023
 A3  Pre-treatment AAT below policy threshold            Y     12 mg/dL (03/14/2023)
 A4  Lung disease documented (dx / CT / PFT)             Y     FEV1 33% pred 12/2025; CT 03/2023
 A5  Smoking status documented, non-smoker               Y     Former, quit 06/2017
 A6  PA on file, DOS inside auth dates                   Y     KCHP-PA-2025-118734, 11/01/25-10/31/26
 B. ADMINISTRATION (DOS 01/22/2026 ONLY)
 B1  Weight documented on DOS                            Y     76.0 kg (13:02)
 B2  Dose documented in mg (amount given)                Y     4,560 mg
 B3  Dose within 60 mg/kg +/- 10%                        Y     60 x 76.0 = 4,560 mg -> 0.0%
 B4  Product identified                                  Y     Glassia
 B5  Lot number for every vial                           Y     TGA2310457 x 3; TGA2312089 x 2
 B6  Expiration for every lot, not expired on DOS        Y     10/31/2026; 01/31/2027
 B7  Infusion start and stop times                       Y     13:15 / 13:39
 B8  Waste amount + reason + witness                     Y     440 mg (22 mL), single-use vial, LB RN
 B9  Premedication documented                            NA    none ordered
 B10 Reaction / rate change documented                   NA    no reaction
 C. CLAIM
 C1  HCPCS matches product                               Y     Glassia -> J0257
 C2  Administered units = mg / 10, rounded up            Y     4,560 / 10 = 456
 C3  JW units = waste / 10, rounded down; no JZ          Y     440 / 10 = 44
 C4  Smallest vial combination                           Y     only 1 g vials; 4 vials (4,000 mg) = -12.3%
 C5  Admin CPT supported by times                        Y     96365, 24 min
 D. PROVIDER DOCUMENTATION
 D1  Note within 12 months addresses response            Y     PN 01/22/26 (exacerbations 4 -> 0)
 D2  Order signed / current                              Y     signed 10/16/2025

AUDITOR COMMENTS
- A2: each variant line reads "heterozygous"; the report states two different pathogenic
  variants (compound heterozygous Z / null). Not a carrier result. No query needed.
- B8/C3: waste documented with volume, mg and witness; JW units correct.

SUMMARY OF FINDINGS: 22 items reviewed -- 20 Y, 2 NA, 0 N. No deficiencies.
Disposition: claim released to billing 01/26/2026 14:20.  R. Castellano
"""

CHART = {
    "chart_id": "b13-003",
    "date_of_service": "2026-01-22",
    "payer": {"profile": "medicaid", "name": "Keystone Community Health Plan (Medicaid MCO)"},
    "prior_authorization": "KCHP-PA-2025-118734",
    "claim_lines": [
        {"hcpcs": "J0257", "units": 456, "modifiers": []},
        {"hcpcs": "J0257", "units": 44, "modifiers": ["JW"]},
        {"hcpcs": "96365", "units": 1, "modifiers": []},
    ],
    "documents": [
        {"id": "d1", "type": "progress_note", "date": "2026-01-22", "text": D1},
        {"id": "d2", "type": "infusion_record", "date": "2026-01-22", "text": D2},
        {"id": "d3", "type": "lab_report", "date": "2023-03-24", "text": D3},
        {"id": "d4", "type": "other", "date": "2026-01-26", "text": D4},
    ],
}

GOLD = {
    "chart_id": "b13-003",
    "profile": "medicaid",
    "requirements": {
        "aatd_diagnosis": "met", "genotype": "met", "serum_aat_level": "met",
        "lung_disease_evidence": "met", "patient_weight": "met", "dose_administered": "met",
        "dose_matches_weight": "met", "units_match_dose": "met", "wastage_documented": "met",
        "lot_number": "met", "expiration_date": "met", "infusion_times": "met",
        "response_to_therapy": "met", "prior_authorization": "met", "code_selection": "met",
        "smoking_status": "met",
    },
    "findings": [
        {"kind": "aatd_diagnosis"},
        {"kind": "genotype", "alleles": ["Z", "NULL"]},
        {"kind": "serum_aat", "value": 12, "unit": "mg/dL"},
        {"kind": "lung_disease", "value": "copd"},
        {"kind": "lung_disease", "value": "emphysema"},
        {"kind": "fev1", "value": 33},
        {"kind": "fev1", "value": 32},
        {"kind": "weight", "value": 76.0, "unit": "kg", "value_kg": 76.0},
        {"kind": "weight", "value": 77.2, "unit": "kg", "value_kg": 77.2},
        {"kind": "dose", "value": 4560},
        {"kind": "wastage", "value": 440},
        {"kind": "lot_number", "value": "TGA2310457"},
        {"kind": "lot_number", "value": "TGA2312089"},
        {"kind": "expiration_date", "value": "2026-10-31"},
        {"kind": "expiration_date", "value": "2027-01-31"},
        {"kind": "infusion_start", "value": "13:15"},
        {"kind": "infusion_end", "value": "13:39"},
        {"kind": "response_to_therapy"},
        {"kind": "prior_authorization", "value": "KCHP-PA-2025-118734"},
        {"kind": "smoking_status", "value": "former"},
        {"kind": "drug_product", "value": "Glassia"},
    ],
    "notes": (
        "Complete. Genotype from sequencing: two variant lines each 'heterozygous' = compound heterozygous "
        "Z/null -> [Z, NULL]; no M allele is added; reference 'PI*MM' is not a result; the earlier "
        "'inconclusive' targeted panel is not a separate finding. 'no bronchiectasis' negated. Policy "
        "thresholds (11 umol/L, 57/80 mg/dL) in the audit worksheet are policy text. IgA 182 mg/dL is not AAT. "
        "JW 44 = floor(440/10); admin 456 = ceil(4560/10); 96365 is not a drug line. Times other than 13:15/13:39 "
        "(arrival, weight, access, preparation 13:12, vitals, removal, discharge) are not infusion times. "
        "Bupropion SR 150 mg is another drug."
    ),
}

ARITH = {
    "dos": "2026-01-22", "product": "Glassia",
    "weight_kg": 76.0, "weight_source": "d2 13:02 bed scale on DOS",
    "dose_mg": 4560, "pct_diff": 0.0, "vials": ["5 x Glassia 1 g/50 mL"],
    "vial_total_mg": 5000, "waste_mg": 440,
    "code": "J0257", "bu_mg": 10, "admin_units_billed": 456, "jw_units_billed": 44,
    "lots": [{"lot": "TGA2310457", "exp": "2026-10-31"}, {"lot": "TGA2312089", "exp": "2027-01-31"}],
    "rid_serum_values": [], "fev1_for_range": None, "response_in_progress_note": True,
}

EVID = [
    ("aatd_diagnosis", "d1", "Alpha-1 antitrypsin deficiency, PI*Z/null (E88.01)"),
    ("genotype:Z,NULL", "d3", "compound heterozygous for the Z allele and a null (QO)\nallele, i.e. PI*Z/Null"),
    ("serum_aat:12:mg/dL", "d3", "Alpha-1 antitrypsin, immunoturbidimetric   12 mg/dL   LOW"),
    ("lung_disease:copd", "d1", "with COPD and severe panlobular"),
    ("lung_disease:emphysema", "d1", "severe panlobular emphysema, lower lobes"),
    ("fev1:33", "d1", "FEV1 1.01 L (33% predicted)"),
    ("fev1:32", "d1", "FEV1 0.98 L\n  (32% predicted)"),
    ("weight:76.0", "d2", "13:02  Weight                        76.0 kg"),
    ("weight:77.2", "d1", "77.2 kg on 10/16/2025"),
    ("dose:4560", "d2", "Total administered: 4,560 mg."),
    ("wastage:440", "d2", "22 mL = 440 mg remaining in vial #5 discarded"),
    ("lot_number:TGA2310457", "d2", "lot TGA2310457 x 3 vials"),
    ("lot_number:TGA2312089", "d2", "lot TGA2312089 x 2 vials"),
    ("expiration_date:2026-10-31", "d2", "exp 10/31/2026"),
    ("expiration_date:2027-01-31", "d2", "exp 01/31/2027"),
    ("infusion_start:13:15", "d2", "13:15  INFUSION START"),
    ("infusion_end:13:39", "d2", "13:39  INFUSION STOP"),
    ("response_to_therapy", "d1", "On Glassia since 10/2023 with a clear response"),
    ("prior_authorization:KCHP-PA-2025-118734", "d1", "PA KCHP-PA-2025-118734 active"),
    ("smoking_status:former", "d1", "Smoking: former, 25 pack-years, quit 06/2017"),
    ("drug_product:Glassia", "d2", "Glassia 1 g/50 mL (20 mg/mL) x 5 vials"),
]
